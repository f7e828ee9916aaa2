package org.cjengage.core.plan;

import java.util.List;

/**
 * What the plan page shows around its grid, read in one go ({@link PlanService#planPage}): the partnership, the
 * plan whose activities are listed (none for "all plans" or when the partnership has no plan), the plans to
 * choose from, which of them is current and whether a lead pinned it.
 *
 * @param partnershipId the partnership, or null when the user has none to show
 * @param plan          the plan listed; null with {@code allPlans} or when there is no plan
 * @param allPlans      the activities of every plan of the partnership are listed
 * @param choices       the partnership's plans, newest period first
 * @param currentPlanId the current plan ({@link CurrentPlanRule}), or null
 * @param pinned        a lead pinned the current plan
 */
public record PlanPage(Long partnershipId, ActionPlan plan, boolean allPlans, List<ActionPlan> choices,
                       Long currentPlanId, boolean pinned) {

    public PlanPage {
        choices = List.copyOf(choices);
    }

    static PlanPage none() {
        return new PlanPage(null, null, false, List.of(), null, false);
    }
}
