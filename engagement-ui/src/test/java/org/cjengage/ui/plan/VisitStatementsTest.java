package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The statements each step of the load test's visit sends (docs/benchmarks.md, "processor time per step"): the start
 * page after signing in, the plan grid, a search, an activity opened and saved, the dashboard and the statement. Each
 * step is one request of the browser, so it runs with a request of its own, as the application sees it: the sign-in
 * is read once per request (CurrentAccessFilter) and the services' access checks reuse that read.
 */
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class VisitStatementsTest extends SpringBrowserlessTest {

    /**
     * The most statements each step may send (measured 2026-12-06 with 30 activities, no feedback; before: start page
     * 21, plan grid 20, filter 9, open activity 45, save 53, dashboard 24, statement 50; the statement's 32 include
     * the statement's own read of what it shows, made smaller the same evening; the start page's 15 read the
     * partnerships once, where the frame and the plan page each read them: 16; the save's 35 show the saved activity
     * in the page already open; the limit was 42 when it built the whole page again, with the feedback summary's reads;
     * late evening: 4 fewer in every step, the account read with one statement instead of an aggregate read in a
     * transaction, docs/decisions.md "The access check reads the account with one statement").
     */
    static final Map<String, Integer> LIMITS = Map.of("start page", 11, "plan grid", 11, "filter", 5,
            "open activity", 25, "save activity", 31, "dashboard", 15, "statement", 28);

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired AccessGuard access;

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        AsUser.signOut();
    }

    @Test
    void eachStepOfAVisitTakesFewStatements() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        AsUser.signIn(lead);
        plans.pinCurrentPlan(partnership.id(), plan.id());
        LocalDate today = plans.today();
        for (int i = 0; i < 30; i++) {
            LocalDate end = today.plusDays(i % 60 - 20);
            plans.createActivity(plan.id(), new ActivityDraft((i % 3 == 0 ? "Community forum " : "Drop-in ") + i,
                    i % 2 == 0 ? "CONSULT" : "ENGAGE", Set.of("VICTIMS"), Set.of(), PlanStatus.values()[i % 3],
                    "Lead " + i, Set.of(), Set.of(), "DELIVER", end.minusMonths(2), end, null, null));
        }
        Map<String, StatementCounter.Counts> steps = new LinkedHashMap<>();
        UI.getCurrent().navigate("access-changed");
        roundTrip();

        steps.put("start page", request(() -> UI.getCurrent().navigate("")));
        steps.put("plan grid", request(() -> UI.getCurrent().navigate("plans")));
        PlanView grid = (PlanView) getCurrentView();
        steps.put("filter", request(() -> test(grid.filters.search).setValue("community")));
        assertThat(grid.count.getText()).isEqualTo("10 activities shown");
        long activityId = plans.findActivities(plan.id(), grid.filters.query(), 0, 1).getFirst().id();
        steps.put("open activity", request(() -> UI.getCurrent().navigate("activities/" + activityId)));
        ActivityView activity = (ActivityView) getCurrentView();
        steps.put("save activity", request(() -> {
            test(activity.form.leadPerson).setValue("Load test lead");
            test(activity.form.save).click();
        }));
        assertThat(plans.activity(activityId).leadPerson()).isEqualTo("Load test lead");
        steps.put("dashboard", request(() -> UI.getCurrent().navigate("dashboard")));
        steps.put("statement", request(() -> UI.getCurrent().navigate("statement")));

        StringBuilder all = new StringBuilder();
        steps.forEach((step, counts) -> all.append("\n").append(step).append(": ").append(counts));
        String measured = all.toString();
        steps.forEach((step, counts) -> {
            assertThat(counts.startingWith("SELECT `app_user`")).as("the account read once in %s: %s", step, measured)
                    .isEqualTo(1);
            assertThat(counts.total()).as("%s: %s", step, measured).isLessThanOrEqualTo(LIMITS.get(step));
        });
        // the start page's frame (its partnership switcher) and its plan page share one read of the partnerships
        assertThat(steps.get("start page").startingWith("SELECT `partnership`")).as("the partnerships read once: %s",
                measured).isEqualTo(1);
    }

    /** One request of the browser: the sign-in read once (as CurrentAccessFilter does), the work, the answer. */
    private StatementCounter.Counts request(Runnable work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return StatementCounter.count(() -> {
                access.currentUser();
                work.run();
                roundTrip();
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
