package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which plan of a partnership is its current plan (docs/plan.md): the one a strategy lead pinned, else the
 * one whose period contains today (the latest-starting, if periods overlap), else the latest that has
 * started, else (every plan lies in the future) the one starting soonest.
 */
public final class CurrentPlanRule {

    private CurrentPlanRule() {
    }

    public static Optional<ActionPlan> choose(List<ActionPlan> plans, Long pinnedPlanId, LocalDate today) {
        if (pinnedPlanId != null) {
            Optional<ActionPlan> pinned = plans.stream().filter(p -> pinnedPlanId.equals(p.id())).findFirst();
            if (pinned.isPresent()) {
                return pinned;
            }
        }
        Comparator<ActionPlan> byStart = Comparator.comparing(ActionPlan::periodStart)
                .thenComparing(ActionPlan::id, Comparator.nullsFirst(Comparator.naturalOrder()));
        Optional<ActionPlan> running = plans.stream()
                .filter(p -> !p.periodStart().isAfter(today) && !p.periodEnd().isBefore(today))
                .max(byStart);
        if (running.isPresent()) {
            return running;
        }
        Optional<ActionPlan> started = plans.stream().filter(p -> !p.periodStart().isAfter(today)).max(byStart);
        if (started.isPresent()) {
            return started;
        }
        return plans.stream().min(byStart);
    }
}
