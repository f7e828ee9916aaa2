package org.cjengage.core.dashboard;

import java.util.Map;

/**
 * The SQL condition that narrows activities to a dashboard's scope and filter. Dashboard contributors of other
 * features (feedback, scoring) whose figures hang off activities use it, so the filters mean the same on every
 * section. It is the one public way to the condition {@link DashboardQueries} builds: the query class itself is
 * used only inside this feature (docs/decisions.md, 2026-12-06 "Feature boundaries").
 */
public final class DashboardFilterSql {

    private DashboardFilterSql() {
    }

    /**
     * The WHERE condition for activities (alias {@code a}) in scope and filter; contributors whose data hangs
     * off activities reuse it so the filters mean the same everywhere.
     */
    public static String where(Long partnershipId, DashboardFilter f, Map<String, Object> params) {
        return DashboardQueries.where(partnershipId, f, params);
    }

    /**
     * Whether the plans' read model (V2: per plan, level and community) can answer for this filter, which it
     * can for every plan scope, level and community but not for a period (only the planned dates can).
     */
    public static boolean readModelServes(DashboardFilter f) {
        return DashboardQueries.talliesServe(f);
    }
}
