package org.cjengage.core.dashboard;

/**
 * Which data a dashboard covers: one partnership, or (partnershipId {@code null}) every partnership for
 * the national roll-up. Access has already been checked when a contributor is given a scope.
 */
public record DashboardScope(Long partnershipId) {

    public static DashboardScope partnership(long partnershipId) {
        return new DashboardScope(partnershipId);
    }

    public static DashboardScope national() {
        return new DashboardScope(null);
    }

    public boolean isNational() {
        return partnershipId == null;
    }
}
