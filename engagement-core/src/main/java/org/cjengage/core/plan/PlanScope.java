package org.cjengage.core.plan;

/**
 * Which plans of a partnership a page or document covers (docs/plan.md, "The current plan"): the current
 * plan (the default), one named plan, or every plan added together, only when the user asks for it.
 * In URLs: no {@code plan} parameter, {@code plan=<id>}, {@code plan=all}.
 *
 * @param planId one plan, or null
 * @param all    every plan (planId null)
 */
public record PlanScope(Long planId, boolean all) {

    /** The partnership's current plan. */
    public static final PlanScope CURRENT = new PlanScope(null, false);
    /** Every plan of the partnership. */
    public static final PlanScope ALL = new PlanScope(null, true);
    /** The URL value of {@link #ALL}. */
    public static final String ALL_PARAMETER = "all";

    public PlanScope {
        if (planId != null && all) {
            throw new IllegalArgumentException("one plan or all plans, not both");
        }
    }

    public static PlanScope of(long planId) {
        return new PlanScope(planId, false);
    }

    public boolean isCurrent() {
        return planId == null && !all;
    }

    /**
     * Reads a {@code plan} URL parameter: absent or blank = current, {@code all} = every plan, else a plan id.
     *
     * @throws NumberFormatException when the value is neither
     */
    public static PlanScope parse(String value) {
        if (value == null || value.isBlank()) {
            return CURRENT;
        }
        if (ALL_PARAMETER.equalsIgnoreCase(value.strip())) {
            return ALL;
        }
        return of(Long.parseLong(value.strip()));
    }

    /** The URL value ({@code null} for the current plan, which needs no parameter). */
    public String parameter() {
        return all ? ALL_PARAMETER : planId == null ? null : planId.toString();
    }
}
