package org.cjengage.core.dashboard;

import java.util.List;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;

/**
 * One partnership's dashboard.
 *
 * @param plans         the partnership's plans (for the plan filter)
 * @param currentPlanId the partnership's current plan (docs/plan.md), null when it has no plan
 * @param filter        the filter applied, with the current plan named when none was asked for
 * @param suppression the rule applied ({@code active()} false for leads, staff and admins)
 */
public record PartnershipDashboard(Partnership partnership, List<ActionPlan> plans, Long currentPlanId,
                                   DashboardFilter filter,
                                   Suppression suppression, DashboardFigures figures) {
    public PartnershipDashboard {
        plans = List.copyOf(plans);
    }
}
