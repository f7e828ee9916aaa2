package org.cjengage.core.dashboard;

import java.sql.Date;
import java.util.Map;

/**
 * The SQL condition that narrows activities to a dashboard's scope and filter. Dashboard contributors of other
 * features (feedback, scoring) whose figures hang off activities use it, so the filters mean the same on every
 * section; the dashboard's own queries stay in {@link DashboardQueries}, used only inside this feature
 * (docs/decisions.md, 2026-12-06 "Feature boundaries").
 */
public final class DashboardFilterSql {

    private DashboardFilterSql() {
    }

    /**
     * The WHERE condition for activities (alias {@code a}) in scope and filter; contributors whose data hangs
     * off activities reuse it so the filters mean the same everywhere.
     */
    public static String where(Long partnershipId, DashboardFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (partnershipId != null) {
            w.append(" AND a.partnership_id = :partnershipId");
            params.put("partnershipId", partnershipId);
        }
        if (f.planId() != null) {
            w.append(" AND a.plan_id = :planId");
            params.put("planId", f.planId());
        } else if (f.currentPlanIds() != null) {
            if (f.currentPlanIds().isEmpty()) {
                w.append(" AND 1 = 0");
            } else {
                w.append(" AND a.plan_id IN (:currentPlanIds)");
                params.put("currentPlanIds", f.currentPlanIds());
            }
        }
        if (f.levelCode() != null) {
            w.append(" AND a.level_code = :levelCode");
            params.put("levelCode", f.levelCode());
        }
        if (f.communityCode() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM activity_community fc WHERE fc.activity_id = a.id"
                    + " AND fc.community_code = :communityCode)");
            params.put("communityCode", f.communityCode());
        }
        if (f.from() != null) {
            w.append(" AND (a.planned_end IS NULL OR a.planned_end >= :periodFrom)");
            params.put("periodFrom", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            w.append(" AND (a.planned_start IS NULL OR a.planned_start <= :periodTo)");
            params.put("periodTo", Date.valueOf(f.to()));
        }
        return w.toString();
    }
}
