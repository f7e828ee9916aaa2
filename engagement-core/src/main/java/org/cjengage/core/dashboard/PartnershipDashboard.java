package org.cjengage.core.dashboard;

import java.util.List;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;

/**
 * One partnership's dashboard.
 *
 * @param plans       the partnership's plans (for the plan filter)
 * @param suppression the rule applied ({@code active()} false for leads, staff and admins)
 */
public record PartnershipDashboard(Partnership partnership, List<ActionPlan> plans, DashboardFilter filter,
                                   Suppression suppression, DashboardFigures figures) {
    public PartnershipDashboard {
        plans = List.copyOf(plans);
    }
}
