package org.cjengage.core.dashboard;

import java.util.List;

/**
 * The national roll-up: the dashboard figures across every partnership, and partnership by partnership. A
 * national view is beyond any one partnership: counts of people are disclosed as {@code Audience.BEYOND}.
 *
 * @param threshold the disclosure threshold (a small count of people reads "&lt;threshold")
 */
public record NationalDashboard(DashboardFilter filter, int threshold, DashboardFigures figures,
                                List<PartnershipComparison> comparison) {
    public NationalDashboard {
        comparison = List.copyOf(comparison);
    }
}
