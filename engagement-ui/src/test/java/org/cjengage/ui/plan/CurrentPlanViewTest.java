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
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The plan view opens on the current plan; a lead pins another; all plans in one grid; the copy's title. */
@SpringBootTest(classes = EngagementApplication.class)
class CurrentPlanViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    Partnership partnership;
    EngagementPrincipal lead;
    ActionPlan running;
    ActionPlan next;

    @BeforeEach
    void givenARunningPlanAndItsCopyForTheNextPeriod() {
        partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.signIn(lead);
        LocalDate today = plans.today();
        running = plans.createPlan(partnership.id(), new PlanDraft("Engagement plan " + today.minusYears(1).getYear()
                + "-" + today.plusYears(2).getYear(), null, today.minusYears(1), today.plusYears(2)));
        plans.createActivity(running.id(), ActivityDraft.of("Survey", "CONSULT", Set.of("VICTIMS")));
        next = plans.copyPlan(running.id(), new PlanDraft("Next period", null, today.plusYears(2).plusDays(1),
                today.plusYears(5)));
        plans.createActivity(next.id(), ActivityDraft.of("Forum", "ENGAGE", Set.of("VICTIMS")));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
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
    void theLandingPageOpensOnThePlanWhosePeriodContainsTodayNotTheNewerCopy() {
        UI.getCurrent().navigate("");
        PlanView view = (PlanView) getCurrentView();

        assertThat(view.toolbar.planSelector.plan().orElseThrow().id()).isEqualTo(running.id());
        assertThat(view.toolbar.planSelector.getItemLabelGenerator().apply(view.toolbar.planSelector.getValue()))
                .endsWith(", current plan");
        assertThat(view.toolbar.currentNote.getText()).isEqualTo("Current plan (its period contains today)");
        assertThat(view.toolbar.makeCurrent.isVisible()).isFalse();
        assertThat(shown(view)).containsExactly("Survey");
    }

    @Test
    void aLeadMakesTheCopyTheCurrentPlanAndCanGoBackToFollowingTheDates() {
        PlanView view = open("plan=" + next.id());
        assertThat(view.toolbar.currentNote.getText()).isEqualTo("Not the current plan");

        test(view.toolbar.makeCurrent).click();

        assertThat(plans.currentPlan(partnership.id()).map(ActionPlan::id)).contains(next.id());
        PlanView landing = open("");
        assertThat(landing.toolbar.planSelector.plan().orElseThrow().id()).isEqualTo(next.id());
        assertThat(landing.toolbar.currentNote.getText()).isEqualTo("Current plan (chosen by a lead)");
        assertThat(landing.toolbar.followDates.isVisible()).isTrue();

        test(landing.toolbar.followDates).click();

        assertThat(plans.pinnedPlan(partnership.id())).isEmpty();
        assertThat(open("").toolbar.planSelector.plan().orElseThrow().id()).isEqualTo(running.id());
    }

    @Test
    void aPartnerSeesWhichPlanIsCurrentButCannotPinOne() {
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));

        PlanView view = open("plan=" + next.id());

        assertThat(view.toolbar.makeCurrent.isVisible()).isFalse();
        assertThat(view.toolbar.currentNote.getText()).isEqualTo("Not the current plan");
    }

    @Test
    void allPlansListsTheActivitiesOfEveryPlanWithTheirPlanAndKeepsTheChoiceInTheUrl() {
        PlanView view = open("plan=all&partnership=" + partnership.id());

        assertThat(view.toolbar.planSelector.scope().all()).isTrue();
        assertThat(shown(view)).containsExactlyInAnyOrder("Survey", "Survey", "Forum");
        assertThat(view.count.getText()).startsWith("3 ");
        assertThat(view.toolbar.addActivity.isVisible()).isFalse();

        test(view.filters.level).selectItem("Engage");

        assertThat(shown(view)).containsExactly("Forum");
        assertThat(view.filters.params()).containsEntry("level", "ENGAGE");
    }

    @Test
    void copyingProposesATitleWithTheNewPeriodsYears() {
        PlanView view = open("plan=" + running.id());

        test(view.toolbar.copyPlan).click();
        PlanDialog dialog = $(PlanDialog.class).single();

        int newStart = running.periodEnd().plusDays(1).getYear();
        assertThat(dialog.title.getValue()).isNotEqualTo(running.title()).startsWith("Engagement plan " + newStart + "-");
        dialog.periodStart.setValue(LocalDate.of(2040, 4, 1));
        dialog.periodEnd.setValue(LocalDate.of(2043, 3, 31));
        assertThat(dialog.title.getValue()).isEqualTo("Engagement plan 2040-2043");
        test(dialog.title).setValue("My own title");
        dialog.periodEnd.setValue(LocalDate.of(2044, 3, 31));
        assertThat(dialog.title.getValue()).isEqualTo("My own title");
    }
}
