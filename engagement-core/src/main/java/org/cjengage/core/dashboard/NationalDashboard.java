package org.cjengage.core.dashboard;

import java.util.List;

/** The national roll-up: the dashboard figures across every partnership, and partnership by partnership. */
public record NationalDashboard(DashboardFilter filter, Suppression suppression, DashboardFigures figures,
                                List<PartnershipComparison> comparison) {
    public NationalDashboard {
        comparison = List.copyOf(comparison);
    }
}
