package org.cjengage.core.dashboard;

import java.time.LocalDate;

import org.cjengage.core.common.Checks;

/**
 * What the dashboard is narrowed to; every part optional. The period keeps activities whose planned dates
 * overlap it (an activity without a planned start or end is open on that side).
 *
 * @param planId        one plan of the partnership (ignored by the national roll-up)
 * @param from          period start, inclusive
 * @param to            period end, inclusive
 * @param communityCode a community type the activity focuses on
 * @param levelCode     the activity's level
 */
public record DashboardFilter(Long planId, LocalDate from, LocalDate to, String communityCode, String levelCode) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null);

    public DashboardFilter {
        communityCode = blankToNull(communityCode);
        levelCode = blankToNull(levelCode);
    }

    public DashboardFilter validate() {
        Checks checks = new Checks();
        if (from != null && to != null) {
            checks.that(!to.isBefore(from), "to", "validation.endBeforeStart");
        }
        checks.throwIfAny();
        return this;
    }

    public DashboardFilter withoutPlan() {
        return new DashboardFilter(null, from, to, communityCode, levelCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
