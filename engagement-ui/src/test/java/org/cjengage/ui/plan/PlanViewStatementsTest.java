package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The plan grid's first page costs a small number of statements, the same whatever the number of activities: the
 * delivery status of each row comes from the page's one query and the clock read once, not from a transaction
 * per row.
 */
@SpringBootTest(classes = EngagementApplication.class)
class PlanViewStatementsTest extends SpringBrowserlessTest {

    static final int LIMIT = 20;

    @Autowired TestData data;
    @Autowired PlanService plans;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theFirstPageOfThePlanGridTakesFewerThanTwentyStatementsWith20Or200Activities() {
        StatementCounter.Counts twenty = firstPage(planWith(20));
        StatementCounter.Counts twoHundred = firstPage(planWith(200));

        assertThat(twenty.total()).as("20 activities: %s", twenty).isLessThan(LIMIT);
        assertThat(twoHundred.total()).as("200 activities: %s", twoHundred).isLessThan(LIMIT);
        assertThat(twoHundred.total()).as("the same with 10 times the activities").isEqualTo(twenty.total());
        assertThat(twoHundred.autocommitChanges()).isEqualTo(twenty.autocommitChanges());
    }

    @Test
    void thePlanPageOnTheCurrentPlanWithoutAPlanInTheAddressTakesFewerThanTwentyStatements() {
        planWith(200);

        StatementCounter.Counts counts = firstPage("");

        assertThat(((PlanView) getCurrentView()).count.getText()).isEqualTo("200 activities shown");
        assertThat(counts.total()).as("current plan: %s", counts).isLessThan(LIMIT);
    }

    private StatementCounter.Counts firstPage(ActionPlan plan) {
        return firstPage("plan=" + plan.id());
    }

    /**
     * Opens the grid on the plan as a browser would after signing in: the layout built afresh, navigation, then the
     * answer to the browser, which renders
     * the first page of rows (badges, links, row styles) and the count. The rows are checked afterwards, outside
     * the count: the test tool's row getters query the data provider again.
     */
    private StatementCounter.Counts firstPage(String query) {
        // as after signing in: a page outside the main layout first, so the layout (navigation, partnership
        // switcher) is built with the plan page and counted with it
        UI.getCurrent().navigate("access-changed");
        roundTrip();
        StatementCounter.Counts counts = StatementCounter.count(() -> {
            UI.getCurrent().navigate("plans", QueryParameters.fromString(query));
            roundTrip();
        });
        PlanView view = (PlanView) getCurrentView();
        assertThat(counts.startingWith("SELECT a.id, a.plan_id")).as("the page of rows was read: %s", counts)
                .isEqualTo(1);
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "activity", "text", String.class)).isNotBlank();
        return counts;
    }

    private ActionPlan planWith(int activities) {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        AsUser.signIn(lead);
        LocalDate today = plans.today();
        List<ActivityDraft> drafts = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            LocalDate end = today.plusDays(i % 60 - 20);
            drafts.add(new ActivityDraft("Activity " + i, i % 2 == 0 ? "CONSULT" : "ENGAGE", Set.of("VICTIMS"),
                    Set.of(), PlanStatus.values()[i % 3], "Lead " + i, Set.of(), Set.of(), "DELIVER",
                    end.minusMonths(2), end, null, null));
        }
        drafts.forEach(d -> plans.createActivity(plan.id(), d));
        return plan;
    }
}
