package org.cjengage.core.dashboard;

import java.util.List;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;

/**
 * One partnership's dashboard.
 *
 * @param plans         the partnership's plans (for the plan filter)
 * @param currentPlanId the partnership's current plan (docs/plan.md), null when it has no plan
 * @param filter        the filter applied, with the current plan named when none was asked for
 * @param audience      who the figures were disclosed to ({@code PARTNERSHIP} for its members: every figure exact)
 * @param threshold     the disclosure threshold (a small count of people reads "&lt;threshold")
 */
public record PartnershipDashboard(Partnership partnership, List<ActionPlan> plans, Long currentPlanId,
                                   DashboardFilter filter,
                                   Audience audience, int threshold, DashboardFigures figures) {
    public PartnershipDashboard {
        plans = List.copyOf(plans);
    }
}
