package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;

import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The statements each step of the load test's visit sends (docs/benchmarks.md, "processor time per step"): the start
 * page after signing in, the plan grid, a search, an activity opened and saved, the dashboard and the statement. Each
 * step is one request of the browser, so it runs with a request of its own, as the application sees it: the sign-in
 * is read once per request (CurrentAccessFilter) and the services' access checks reuse that read.
 */
class VisitStatementsTest extends LoadTestVisit {

    /**
     * The most statements each step may send (measured 2026-12-06 with 30 activities, no feedback; before: start page
     * 21, plan grid 20, filter 9, open activity 45, save 53, dashboard 24, statement 50; the statement's 32 include
     * the statement's own read of what it shows, made smaller the same evening; the start page's 15 read the
     * partnerships once, where the frame and the plan page each read them: 16; the save's 35 show the saved activity
     * in the page already open; the limit was 42 when it built the whole page again, with the feedback summary's reads;
     * late evening: 4 fewer in every step, the account read with one statement instead of an aggregate read in a
     * transaction, docs/decisions.md "The access check reads the account with one statement"; night of 2026-12-07:
     * open activity 25 -> 14, save 31 -> 18, statement 28 -> 12, docs/decisions.md "The activity's change history
     * opens on request; each page reads what it shows once").
     */
    static final Map<String, Integer> LIMITS = Map.of("start page", 11, "plan grid", 11, "filter", 5,
            "open activity", 14, "save activity", 18, "dashboard", 15, "statement", 12);

    @Autowired AccessGuard access;

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        AsUser.signOut();
    }

    @Test
    void eachStepOfAVisitTakesFewStatements() {
        signedInLeadWithPlan();
        UI.getCurrent().navigate("access-changed");
        roundTrip();
        Map<String, StatementCounter.Counts> steps = visit(this::request,
                grid -> assertThat(grid.count.getText()).isEqualTo("10 activities shown"));

        String measured = lines(steps);
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
