package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.layout.DomainErrorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The plan grid opened from dashboard links: rating, no stage, period and partnership in the URL. */
@SpringBootTest(classes = EngagementApplication.class)
class PlanViewLinkFiltersTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    Partnership partnership;
    ActionPlan plan;
    LocalDate today;

    @BeforeEach
    void givenAPlanWithOneActivityOfEachRating() {
        partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        plan = data.plan(partnership.id());
        AsUser.signIn(lead);
        today = plans.today();
        add("Late survey", PlanStatus.IN_PROGRESS, "DELIVER", today.minusDays(70), today.minusDays(10));
        add("Forum held", PlanStatus.COMPLETE, "REVIEW", today.minusDays(70), today.minusDays(10));
        add("Briefing next year", PlanStatus.NOT_STARTED, "PLAN", today.plusMonths(10), today.plusMonths(12));
        add("Due soon", PlanStatus.NOT_STARTED, "PLAN", today.plusDays(5), today.plusDays(20));
        add("Undated drop-in", PlanStatus.IN_PROGRESS, null, null, null);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private void add(String description, PlanStatus status, String stage, LocalDate start, LocalDate end) {
        plans.createActivity(plan.id(), new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"), Set.of(),
                status, "Lead", Set.of(), Set.of(), stage, start, end, null, null));
    }

    private PlanView open(String query) {
        UI.getCurrent().navigate("plans", QueryParameters.fromString(query));
        return (PlanView) getCurrentView();
    }

    private List<String> shown(PlanView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).description()).toList();
    }

    @Test
    void eachRatingInTheUrlShowsOnlyTheActivitiesWithThatRating() {
        PlanView red = open("plan=" + plan.id() + "&rag=RED");
        assertThat(red.filters.rag.getValue()).isEqualTo(Rag.RED);
        assertThat(shown(red)).containsExactly("Late survey");
        assertThat(red.count.getText()).startsWith("1 ");

        assertThat(shown(open("plan=" + plan.id() + "&rag=AMBER"))).containsExactly("Due soon");
        assertThat(shown(open("plan=" + plan.id() + "&rag=GREEN"))).containsExactly("Forum held",
                "Briefing next year");
        PlanView none = open("plan=" + plan.id() + "&rag=NONE");
        assertThat(shown(none)).containsExactly("Undated drop-in");
        assertThat(none.filters.params()).containsEntry("rag", "NONE");
    }

    @Test
    void stageNoneInTheUrlSelectsNotSetAndShowsActivitiesWithoutAStage() {
        PlanView view = open("plan=" + plan.id() + "&stage=NONE");

        assertThat(view.filters.stage.getValue()).isEqualTo("NONE");
        assertThat(view.filters.stage.getItemLabelGenerator().apply("NONE")).isEqualTo("Not set");
        assertThat(shown(view)).containsExactly("Undated drop-in");
        assertThat(view.filters.params()).containsEntry("stage", "NONE");
    }

    @Test
    void thePeriodInTheUrlFillsTheDatePickersAndShowsActivitiesOverlappingIt() {
        LocalDate from = today.plusMonths(6);
        LocalDate to = today.plusMonths(13);
        PlanView view = open("plan=" + plan.id() + "&from=" + from + "&to=" + to);

        assertThat(view.filters.from.getValue()).isEqualTo(from);
        assertThat(view.filters.to.getValue()).isEqualTo(to);
        assertThat(shown(view)).containsExactly("Briefing next year", "Undated drop-in");
        assertThat(view.filters.params()).containsEntry("from", from.toString()).containsEntry("to", to.toString());

        test(view.filters.clear).click();
        assertThat(view.filters.from.getValue()).isNull();
        assertThat(shown(view)).hasSize(5);
    }

    @Test
    void aBadPeriodOrRatingInTheUrlIsIgnored() {
        PlanView view = open("plan=" + plan.id() + "&from=yesterday&rag=PURPLE");

        assertThat(view.filters.from.getValue()).isNull();
        assertThat(view.filters.rag.getValue()).isNull();
        assertThat(shown(view)).hasSize(5);
    }

    @Test
    void everyUnsetChoiceFilterReadsAny() {
        PlanView view = open("plan=" + plan.id());

        assertThat(view.filters.community.getValue()).isNull();
        assertThat(view.filters.community.getPlaceholder()).isEqualTo("Any");
        assertThat(view.filters.level.getPlaceholder()).isEqualTo("Any");
        assertThat(view.filters.status.getPlaceholder()).isEqualTo("Any");
        assertThat(view.filters.stage.getPlaceholder()).isEqualTo("Any");
        assertThat(view.filters.rag.getPlaceholder()).isEqualTo("Any");
    }

    @Test
    void choosingRatingAndPeriodInTheBarNarrowsTheRows() {
        PlanView view = open("plan=" + plan.id());

        test(view.filters.rag).selectItem("Green (complete or on track)");
        assertThat(shown(view)).containsExactly("Forum held", "Briefing next year");
        test(view.filters.to).setValue(today);
        assertThat(shown(view)).containsExactly("Forum held");
        assertThat(view.filters.params()).containsEntry("rag", "GREEN").containsEntry("to", today.toString());
    }

    @Test
    void aPartnershipInTheUrlOpensItsFirstPlanWithTheFilters() {
        PlanView view = open("partnership=" + partnership.id() + "&rag=AMBER");

        assertThat(view.toolbar.planSelector.plan().orElseThrow().id()).isEqualTo(plan.id());
        assertThat(shown(view)).containsExactly("Due soon");
    }

    @Test
    void aPartnershipTheUserDoesNotBelongToIsRefused() {
        Partnership other = data.partnership();
        data.plan(other.id());

        UI.getCurrent().navigate("plans", QueryParameters.fromString("partnership=" + other.id()));

        assertThat(getCurrentView()).isInstanceOf(DomainErrorView.class);
    }
}
