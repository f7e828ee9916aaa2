package org.cjengage.ui.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.outputs.AnnualReportService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The statement and the annual report open on the current plan; the report adds plans only when asked. */
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class OutputsCurrentPlanViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    ActionPlan running;
    ActionPlan next;
    int year;

    @BeforeEach
    void givenARunningPlanWithFiveActivitiesThisYearAndACopyWithOneMore() {
        Partnership partnership = data.partnership();
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, partnership.id()));
        LocalDate today = plans.today();
        year = AnnualReportService.reportingYearOf(today);
        running = plans.createPlan(partnership.id(), new PlanDraft("Running plan", null, today.minusYears(1),
                today.plusYears(2)));
        for (String d : new String[] {"Survey", "Forum", "Panel", "Jury", "Workshop"}) {
            plans.createActivity(running.id(), new ActivityDraft(d, "CONSULT", Set.of("VICTIMS"), Set.of(),
                    PlanStatus.IN_PROGRESS, null, Set.of(), Set.of(), "DELIVER", today, today, null, null));
        }
        next = plans.copyPlan(running.id(), new PlanDraft("Next plan", null, today.plusYears(2).plusDays(1),
                today.plusYears(5)));
        plans.createActivity(next.id(), new ActivityDraft("Citizens' panel", "CONSULT", Set.of("VICTIMS"), Set.of(),
                PlanStatus.IN_PROGRESS, null, Set.of(), Set.of(), "DELIVER", today, today, null, null));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theStatementOpensOnTheCurrentPlanAndItsPreviewIsMarkedDraft() {
        UI.getCurrent().navigate(StatementView.class);
        StatementView view = (StatementView) getCurrentView();

        assertThat(view.planSelector.plan().orElseThrow().id()).isEqualTo(running.id());
        String text = view.document.getElement().getTextRecursively();
        assertThat(text).contains("Draft, not published: figures as at").doesNotContain("Published ")
                .contains("We recorded 5 engagement activities");
    }

    @Test
    void theAnnualReportOpensOnTheCurrentPlanAndAddsPlansOnlyForAllPlans() {
        UI.getCurrent().navigate(AnnualReportView.class, QueryParameters.of("year", String.valueOf(year)));
        AnnualReportView current = (AnnualReportView) getCurrentView();

        assertThat(current.plan.plan().orElseThrow().id()).isEqualTo(running.id());
        assertThat(current.document.getElement().getTextRecursively()).contains("Plan: Running plan")
                .contains("carried out or planned 5 engagement activities").contains("Draft: provisional figures as at");

        UI.getCurrent().navigate(AnnualReportView.class, QueryParameters.simple(java.util.Map.of(
                "year", String.valueOf(year), "plan", "all")));
        AnnualReportView all = (AnnualReportView) getCurrentView();

        assertThat(all.plan.scope().all()).isTrue();
        assertThat(all.document.getElement().getTextRecursively()).contains("Plan: all plans together")
                .contains("carried out or planned 6 engagement activities");
    }
}
