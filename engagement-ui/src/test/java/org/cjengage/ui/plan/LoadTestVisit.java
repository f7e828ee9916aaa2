package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The load test's visit (docs/benchmarks.md, "Load test") replayed in browserless view tests: a partnership's lead
 * with a pinned plan of 30 activities, then the start page, the plan grid, a search, an activity opened and saved, the
 * dashboard and the statement, each step measured by the subclass's {@code measure}.
 */
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
abstract class LoadTestVisit extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    /** The plan of the visit, once {@link #signedInLeadWithPlan} has made it. */
    ActionPlan plan;
    /** The lead person the save step types (a benchmark repeating the visit changes it so each save saves). */
    String savedLead = "Load test lead";

    /** A new partnership's strategy lead, signed in, with a pinned plan of 30 activities (10 "Community forum"). */
    void signedInLeadWithPlan() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        plan = data.plan(partnership.id());
        AsUser.signIn(lead);
        plans.pinCurrentPlan(partnership.id(), plan.id());
        LocalDate today = plans.today();
        for (int i = 0; i < 30; i++) {
            LocalDate end = today.plusDays(i % 60 - 20);
            plans.createActivity(plan.id(), new ActivityDraft((i % 3 == 0 ? "Community forum " : "Drop-in ") + i,
                    i % 2 == 0 ? "CONSULT" : "ENGAGE", Set.of("VICTIMS"), Set.of(), PlanStatus.values()[i % 3],
                    "Lead " + i, Set.of(), Set.of(), "DELIVER", end.minusMonths(2), end, null, null));
        }
    }

    /**
     * The visit's seven steps, each run by {@code measure} (which runs the step and returns what it measured);
     * {@code afterSearch} sees the plan page after the search. Checks that the save saved.
     */
    <T> Map<String, T> visit(Function<Runnable, T> measure, Consumer<PlanView> afterSearch) {
        Map<String, T> steps = new LinkedHashMap<>();
        steps.put("start page", measure.apply(() -> UI.getCurrent().navigate("")));
        steps.put("plan grid", measure.apply(() -> UI.getCurrent().navigate("plans")));
        PlanView grid = (PlanView) getCurrentView();
        steps.put("filter", measure.apply(() -> test(grid.filters.search).setValue("community")));
        afterSearch.accept(grid);
        long activityId = plans.findActivities(plan.id(), grid.filters.query(), 0, 1).getFirst().id();
        steps.put("open activity", measure.apply(() -> UI.getCurrent().navigate("activities/" + activityId)));
        ActivityView activity = (ActivityView) getCurrentView();
        steps.put("save activity", measure.apply(() -> {
            test(activity.form.leadPerson).setValue(savedLead);
            test(activity.form.save).click();
        }));
        assertThat(plans.activity(activityId).leadPerson()).isEqualTo(savedLead);
        steps.put("dashboard", measure.apply(() -> UI.getCurrent().navigate("dashboard")));
        steps.put("statement", measure.apply(() -> UI.getCurrent().navigate("statement")));
        return steps;
    }

    /** The steps and what each measured, one per line, for an assertion's message. */
    static String lines(Map<String, ?> steps) {
        StringBuilder all = new StringBuilder();
        steps.forEach((step, measured) -> all.append("\n").append(step).append(": ").append(measured));
        return all.toString();
    }
}
