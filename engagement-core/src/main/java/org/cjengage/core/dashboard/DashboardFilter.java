package org.cjengage.core.dashboard;

import java.time.LocalDate;
import java.util.Set;

import org.cjengage.core.common.Checks;

/**
 * What the dashboard is narrowed to; every part optional. The period keeps activities whose planned dates
 * overlap it (an activity without a planned start or end is open on that side).
 *
 * <p>Which plans are counted (docs/plan.md, "The current plan"): {@code planId} set = that plan; else
 * {@code allPlans} = every plan, added together, only when the user asks for it; else each partnership's
 * current plan. {@link DashboardService} resolves the last case before any query runs: a partnership's
 * dashboard gets its current plan's id in {@code planId}, the national roll-up gets every partnership's
 * current plan in {@code currentPlanIds}, so contributors reading {@link DashboardFilterSql#where} count the
 * same activities as the tiles.
 *
 * @param planId         one plan of the partnership (ignored by the national roll-up)
 * @param from           period start, inclusive
 * @param to             period end, inclusive
 * @param communityCode  a community type the activity focuses on
 * @param levelCode      the activity's level
 * @param allPlans       the user asked for every plan together
 * @param currentPlanIds resolved by the service: the plans counted when neither a plan nor all plans was asked
 *                       for; null = not resolved (no restriction)
 */
public record DashboardFilter(Long planId, LocalDate from, LocalDate to, String communityCode, String levelCode,
                              boolean allPlans, Set<Long> currentPlanIds) {

    /** No filter: each partnership's current plan. */
    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null);

    public DashboardFilter {
        communityCode = blankToNull(communityCode);
        levelCode = blankToNull(levelCode);
        if (planId != null) {
            allPlans = false;
        }
        currentPlanIds = currentPlanIds == null || planId != null || allPlans ? null : Set.copyOf(currentPlanIds);
    }

    /** A filter on the current plan (planId null) or one plan. */
    public DashboardFilter(Long planId, LocalDate from, LocalDate to, String communityCode, String levelCode) {
        this(planId, from, to, communityCode, levelCode, false, null);
    }

    public DashboardFilter validate() {
        Checks checks = new Checks();
        if (from != null && to != null) {
            checks.that(!to.isBefore(from), "to", "validation.endBeforeStart");
        }
        checks.throwIfAny();
        return this;
    }

    /** The same filter over every plan. */
    public DashboardFilter withAllPlans() {
        return new DashboardFilter(null, from, to, communityCode, levelCode, true, null);
    }

    /** The same filter on one plan (null: the current plan). */
    public DashboardFilter withPlan(Long plan) {
        return new DashboardFilter(plan, from, to, communityCode, levelCode, false, null);
    }

    /** For the national roll-up: no single plan; all plans if asked, else the current plans once resolved. */
    public DashboardFilter withoutPlan() {
        return new DashboardFilter(null, from, to, communityCode, levelCode, allPlans, null);
    }

    DashboardFilter withCurrentPlans(Set<Long> planIds) {
        return new DashboardFilter(null, from, to, communityCode, levelCode, false, planIds);
    }

    /** Whether {@link DashboardFilterSql#where} narrows the activities at all (all plans, no filter: it does not). */
    public boolean restrictsActivities() {
        return planId != null || currentPlanIds != null || from != null || to != null || communityCode != null
                || levelCode != null;
    }

    /** Whether the user asked for nothing about plans: the current plan(s) are counted. */
    public boolean onCurrentPlan() {
        return planId == null && !allPlans;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
