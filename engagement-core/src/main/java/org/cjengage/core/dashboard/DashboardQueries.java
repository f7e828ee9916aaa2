package org.cjengage.core.dashboard;

import org.cjengage.core.plan.ActivityFilterSql;
import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.DeliveryStatus.Rag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.plan.ActivityTallies;
import org.cjengage.core.plan.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's aggregate SQL: three queries per build whatever the scope (the activity aggregate, the
 * coverage aggregate and the oldest overdue activities). The first two read the plans' read model
 * ({@link ActivityTallies}, a few rows per plan) unless a period is asked for, which only the activities'
 * planned dates can answer; {@link #cubeFromActivities} and {@link #coverageFromActivities} are the same figures
 * over the raw tables. No access checks here: only {@link DashboardService} calls it, after checking.
 */
@Repository
public class DashboardQueries {

    private final JdbcClient jdbc;
    private final ActivityTallies tallies;
    private final java.time.Clock clock;

    public DashboardQueries(JdbcClient jdbc, ActivityTallies tallies, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.clock = clock;
    }

    /** Whether the read model answers for this filter: any plan scope, level and community, but no period. */
    public static boolean talliesServe(DashboardFilter filter) {
        return filter.from() == null && filter.to() == null;
    }

    /** A partnership and its plans (newest period first, then by title) in one query; empty if it does not exist. */
    public java.util.Optional<PartnershipWithPlans> partnershipWithPlans(long partnershipId) {
        List<Object[]> rows = jdbc.sql("SELECT p.id, p.code, p.name, p.area, p.coordinator_name, p.coordinator_email,"
                + " p.version, p.created_at, ap.id, ap.title, ap.outcome, ap.period_start, ap.period_end, ap.version,"
                + " ap.created_at, ap.updated_at FROM partnership p LEFT JOIN action_plan ap ON ap.partnership_id = p.id"
                + " WHERE p.id = :id ORDER BY ap.period_start DESC, ap.title").param("id", partnershipId)
                .query((rs, n) -> new Object[] {
                        new org.cjengage.core.partnership.Partnership(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), instant(rs.getTimestamp(8))),
                        rs.getObject(9) == null ? null : new org.cjengage.core.plan.ActionPlan(rs.getLong(9),
                                partnershipId, rs.getString(10), rs.getString(11), rs.getDate(12).toLocalDate(),
                                rs.getDate(13).toLocalDate(), rs.getInt(14), instant(rs.getTimestamp(15)),
                                instant(rs.getTimestamp(16)))}).list();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<org.cjengage.core.plan.ActionPlan> plans = rows.stream().map(r -> (org.cjengage.core.plan.ActionPlan) r[1])
                .filter(java.util.Objects::nonNull).toList();
        return java.util.Optional.of(new PartnershipWithPlans((org.cjengage.core.partnership.Partnership) rows.getFirst()[0],
                plans));
    }

    /** A partnership with its plans, as the dashboard page needs them. */
    public record PartnershipWithPlans(org.cjengage.core.partnership.Partnership partnership,
                                       List<org.cjengage.core.plan.ActionPlan> plans) {
    }

    private static java.time.Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Activities grouped by partnership, status, level, stage and RAG. {@code partnershipId} null = all. */
    public List<CubeRow> cube(Long partnershipId, DashboardFilter filter, LocalDate today) {
        if (!talliesServe(filter)) {
            return cubeFromActivities(partnershipId, filter, today);
        }
        tallies.refresh(partnershipId, today);
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT t.partnership_id, t.status, t.level_code, t.stage_code, t.rag, SUM(t.activities),"
                + " SUM(t.people) FROM activity_tally t WHERE " + tallyWhere(partnershipId, filter, params)
                + " AND t.community_code = :tallyCommunity"
                + " GROUP BY t.partnership_id, t.status, t.level_code, t.stage_code, t.rag";
        params.put("tallyCommunity", filter.communityCode() == null ? "" : filter.communityCode());
        return jdbc.sql(sql).params(params).query((rs, i) -> new CubeRow(rs.getLong(1),
                PlanStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4).isEmpty() ? null : rs.getString(4),
                Rag.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7))).list();
    }

    /** {@link #cube} over the activities themselves (a period filter; the benchmark's baseline; tests). */
    public List<CubeRow> cubeFromActivities(Long partnershipId, DashboardFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT a.partnership_id, a.status, a.level_code, a.stage_code, " + DeliveryStatus.sqlRag() + " AS rag, "
                + "COUNT(*) AS n, COALESCE(SUM(a.do_participants), 0) AS people FROM engagement_activity a WHERE " + where(partnershipId, filter, params)
                + " GROUP BY a.partnership_id, a.status, a.level_code, a.stage_code, rag";
        params.putAll(DeliveryStatus.sqlParams(today));
        return jdbc.sql(sql).params(params).query((rs, i) -> new CubeRow(rs.getLong(1),
                PlanStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), Rag.valueOf(rs.getString(5)),
                rs.getLong(6), rs.getLong(7))).list();
    }

    /** Activities per partnership, community type and level. */
    public List<CoverageRow> coverage(Long partnershipId, DashboardFilter filter) {
        if (!talliesServe(filter)) {
            return coverageFromActivities(partnershipId, filter);
        }
        tallies.refresh(partnershipId, LocalDate.now(clock));
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT t.partnership_id, t.community_code, t.level_code, SUM(t.activities) FROM coverage_tally t"
                + " WHERE " + tallyWhere(partnershipId, filter, params)
                + (filter.communityCode() == null ? "" : " AND t.community_code = :tallyCommunity")
                + " GROUP BY t.partnership_id, t.community_code, t.level_code";
        if (filter.communityCode() != null) {
            params.put("tallyCommunity", filter.communityCode());
        }
        return jdbc.sql(sql).params(params).query((rs, i) -> new CoverageRow(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4))).list();
    }

    /** {@link #coverage} over the activities themselves. */
    public List<CoverageRow> coverageFromActivities(Long partnershipId, DashboardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT a.partnership_id, c.community_code, a.level_code, COUNT(*) AS n "
                + "FROM engagement_activity a JOIN activity_community c ON c.activity_id = a.id WHERE "
                + where(partnershipId, filter, params)
                + " GROUP BY a.partnership_id, c.community_code, a.level_code";
        return jdbc.sql(sql).params(params).query((rs, i) -> new CoverageRow(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4))).list();
    }

    /**
     * The oldest overdue activities (not complete, planned end before today). Nationally they are read in end-date
     * order from {@code ix_activity_planned_end} (V3), stopping at the {@code limit}th, rather than sorting every
     * activity of the current plans that ended before today (the optimizer would choose the latter); a partnership's
     * are few enough to sort.
     */
    public List<OverdueActivity> overdue(Long partnershipId, DashboardFilter filter, LocalDate today, int limit) {
        Map<String, Object> params = new HashMap<>();
        String activities = partnershipId == null ? "engagement_activity a FORCE INDEX (ix_activity_planned_end)"
                : "engagement_activity a";
        String sql = "SELECT a.id, a.plan_id, a.partnership_id, p.name, a.description, a.planned_end, a.status, "
                + "a.stage_code, a.lead_person FROM " + activities + " JOIN partnership p ON p.id = a.partnership_id "
                + "WHERE " + where(partnershipId, filter, params)
                + " AND " + DeliveryStatus.sqlIs(DeliveryStatus.OVERDUE) + " ORDER BY a.planned_end, a.id LIMIT :limit";
        params.putAll(DeliveryStatus.sqlParams(today));
        params.put("limit", limit);
        return jdbc.sql(sql).params(params).query((rs, i) -> new OverdueActivity(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(),
                PlanStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9))).list();
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
        ActivityFilterSql shared = new ActivityFilterSql().level(f.levelCode()).community(f.communityCode())
                .period(f.from(), f.to());
        w.append(shared.and());
        params.putAll(shared.params());
        return w.toString();
    }

    /** The scope and level condition over {@code activity_tally t} (no period: see {@link #talliesServe}). */
    private static String tallyWhere(Long partnershipId, DashboardFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (partnershipId != null) {
            w.append(" AND t.partnership_id = :partnershipId");
            params.put("partnershipId", partnershipId);
        }
        if (f.planId() != null) {
            w.append(" AND t.plan_id = :planId");
            params.put("planId", f.planId());
        } else if (f.currentPlanIds() != null) {
            if (f.currentPlanIds().isEmpty()) {
                w.append(" AND 1 = 0");
            } else {
                w.append(" AND t.plan_id IN (:currentPlanIds)");
                params.put("currentPlanIds", f.currentPlanIds());
            }
        }
        if (f.levelCode() != null) {
            w.append(" AND t.level_code = :levelCode");
            params.put("levelCode", f.levelCode());
        }
        return w.toString();
    }
}
