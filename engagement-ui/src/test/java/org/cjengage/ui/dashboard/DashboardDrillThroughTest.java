package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActionPlanRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.plan.PlanView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every dashboard number opens a grid of exactly that many activities, on the current plan and with "All
 * plans" (docs/plan.md): the link carries the plan scope and every filter.
 */
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class DashboardDrillThroughTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired ActionPlanRepository plans;
    @Autowired ActivityRepository activities;
    @Autowired PlanService planService;

    Partnership partnership;
    ActionPlan running;
    ActionPlan next;

    @BeforeEach
    void givenARunningPlanAndItsCopyForTheNextPeriodBothWithVictimsConsulted() {
        partnership = data.partnership();
        LocalDate today = planService.today();
        running = plans.save(ActionPlan.create(partnership.id(), new PlanDraft("Running", null, today.minusYears(1),
                today.plusYears(2))));
        next = plans.save(ActionPlan.create(partnership.id(), new PlanDraft("Next", null, today.plusYears(2).plusDays(1),
                today.plusYears(5))));
        save(running, "Survey of victims", "CONSULT", "VICTIMS");
        save(running, "Victims' panel", "CONSULT", "VICTIMS");
        save(running, "Victims' forum", "ENGAGE", "VICTIMS");
        save(running, "Charity briefing", "CONSULT", "THIRD_SECTOR");
        for (int i = 0; i < 3; i++) {
            save(next, "Next survey " + i, "CONSULT", "VICTIMS");
        }
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, partnership.id()));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private void save(ActionPlan plan, String description, String level, String community) {
        activities.save(EngagementActivity.create(plan, ActivityDraft.of(description, level, Set.of(community))));
    }

    private DashboardView dashboard(String query) {
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString(query));
        return (DashboardView) getCurrentView();
    }

    /** The number and link of the coverage cell of a community row and a level column. */
    private String[] coverageCell(String community, String level) {
        Element table = $(ChartSection.class).id("dashboard-coverage").table.getElement();
        List<Element> rows = new ArrayList<>();
        collect(table, "tr", rows);
        List<String> headers = new ArrayList<>();
        List<Element> headerCells = new ArrayList<>();
        collect(rows.getFirst(), "th", headerCells);
        headerCells.forEach(h -> headers.add(h.getTextRecursively()));
        int column = headers.indexOf(level);
        Element row = rows.stream().filter(r -> r.getChild(0).getTextRecursively().equals(community)).findFirst()
                .orElseThrow();
        Element link = row.getChild(column).getChild(0);
        return new String[] {link.getText(), link.getAttribute("href")};
    }

    private static void collect(Element e, String tag, List<Element> found) {
        if (e.isTextNode()) {
            return;
        }
        if (e.getTag().equals(tag)) {
            found.add(e);
        }
        e.getChildren().forEach(c -> collect(c, tag, found));
    }

    private int rowsOpenedBy(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
        PlanView view = (PlanView) getCurrentView();
        return test(getGrid(view)).size();
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<org.cjengage.core.plan.ActivityRow> getGrid(PlanView view) {
        return (com.vaadin.flow.component.grid.Grid<org.cjengage.core.plan.ActivityRow>) view.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.grid.Grid).findFirst().orElseThrow();
    }

    private String tileHref(String id) {
        return $(Component.class).id(id).getElement().getAttribute("href");
    }

    private String tileNumber(String id) {
        return $(Component.class).id(id).getElement().getChild(0).getTextRecursively();
    }

    @Test
    void onTheCurrentPlanVictimsByConsultOpensAGridWithThatManyRows() {
        DashboardView view = dashboard("partnership=" + partnership.id());

        assertThat(view.filters.plan.plan().orElseThrow().id()).isEqualTo(running.id());
        String[] cell = coverageCell("Victims of crime", "Consult");
        assertThat(cell[0]).isEqualTo("2");
        assertThat(cell[1]).isEqualTo("plans?plan=" + running.id() + "&community=VICTIMS&level=CONSULT");
        assertThat(rowsOpenedBy(cell[1])).isEqualTo(2);

        dashboard("partnership=" + partnership.id());
        assertThat(tileNumber("dashboard-tile-total")).isEqualTo("4");
        assertThat(rowsOpenedBy(tileHref("dashboard-tile-total"))).isEqualTo(4);
    }

    @Test
    void withAllPlansVictimsByConsultAddsThePlansAndOpensTheGridOfAllPlansWithThatManyRows() {
        DashboardView view = dashboard("partnership=" + partnership.id() + "&plan=all");

        assertThat(view.filters.plan.scope().all()).isTrue();
        String[] cell = coverageCell("Victims of crime", "Consult");
        assertThat(cell[0]).isEqualTo("5");
        assertThat(cell[1]).isEqualTo("plans?plan=all&partnership=" + partnership.id() + "&community=VICTIMS&level=CONSULT");
        assertThat(rowsOpenedBy(cell[1])).isEqualTo(5);

        dashboard("partnership=" + partnership.id() + "&plan=all");
        assertThat(tileNumber("dashboard-tile-total")).isEqualTo("7");
        assertThat(rowsOpenedBy(tileHref("dashboard-tile-total"))).isEqualTo(7);
    }

    @Test
    void anotherPlanChosenOnTheDashboardIsTheOneItsLinksOpen() {
        dashboard("partnership=" + partnership.id() + "&plan=" + next.id());

        String[] cell = coverageCell("Victims of crime", "Consult");
        assertThat(cell[0]).isEqualTo("3");
        assertThat(rowsOpenedBy(cell[1])).isEqualTo(3);
    }
}
