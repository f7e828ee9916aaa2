package org.cjengage.core.plan;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboards' read model of the plans ({@code activity_tally}, V2): per plan, the number of
 * activities (and people who took part) by status, level, stage and RAG, over all activities and per focus
 * community; {@code coverage_tally}, activities per community and level (the heat-map); and
 * {@code standard_tally}, the standards radar's sums per plan and level. Every write to a plan's activities calls {@link #lock} before it changes anything and
 * {@link #recompute} after, in its own transaction, so the tallies commit or roll back with the change; writers
 * to one plan queue on the plan's {@code activity_tally_plan} row (taken first, so they cannot deadlock on the
 * activity rows the recount reads). A plan's rows are recounted from its activities, which costs one grouped
 * query over that plan's activities only.
 *
 * <p>RAG depends on the day: each plan's rows are rated as of {@code as_of}; {@link #refresh} rates again the
 * plans last rated on another day (the first dashboard of a day pays for it). No access checks: callers check.
 */
@Component
public class ActivityTallies {

    /** Before any real day: a plan locked but not yet counted. */
    private static final LocalDate NEVER = LocalDate.of(1970, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ActivityTallies(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Takes the plan's tally lock for the rest of the transaction: call it before changing its activities. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long planId) {
        jdbc.update("INSERT INTO activity_tally_plan (plan_id, as_of) VALUES (:plan, :never)"
                + " ON DUPLICATE KEY UPDATE plan_id = plan_id", Map.of("plan", planId, "never", Date.valueOf(NEVER)));
    }

    /** Recounts the plan's tallies from its activities, rated as of today (after a change to them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(long planId) {
        recompute(planId, LocalDate.now(clock));
    }

    private void recompute(long planId, LocalDate today) {
        lock(planId);
        Map<String, Object> p = new HashMap<>(DeliveryStatus.sqlParams(today));
        p.put("plan", planId);
        p.put("today", Date.valueOf(today));
        jdbc.update("DELETE FROM activity_tally WHERE plan_id = :plan", p);
        String rag = DeliveryStatus.sqlRag();
        jdbc.update("INSERT INTO activity_tally (plan_id, partnership_id, community_code, status, level_code, stage_code,"
                + " rag, activities, people) SELECT a.plan_id, a.partnership_id, '', a.status, a.level_code,"
                + " COALESCE(a.stage_code, ''), " + rag + " AS r, COUNT(*), COALESCE(SUM(a.do_participants), 0)"
                + " FROM engagement_activity a WHERE a.plan_id = :plan"
                + " GROUP BY a.plan_id, a.partnership_id, a.status, a.level_code, COALESCE(a.stage_code, ''), r", p);
        jdbc.update("INSERT INTO activity_tally (plan_id, partnership_id, community_code, status, level_code, stage_code,"
                + " rag, activities, people) SELECT a.plan_id, a.partnership_id, c.community_code, a.status,"
                + " a.level_code, COALESCE(a.stage_code, ''), " + rag + " AS r, COUNT(*),"
                + " COALESCE(SUM(a.do_participants), 0) FROM engagement_activity a"
                + " JOIN activity_community c ON c.activity_id = a.id WHERE a.plan_id = :plan"
                + " GROUP BY a.plan_id, a.partnership_id, c.community_code, a.status, a.level_code,"
                + " COALESCE(a.stage_code, ''), r", p);
        jdbc.update("DELETE FROM coverage_tally WHERE plan_id = :plan", p);
        jdbc.update("INSERT INTO coverage_tally (plan_id, partnership_id, community_code, level_code, activities)"
                + " SELECT plan_id, partnership_id, community_code, level_code, SUM(activities) FROM activity_tally"
                + " WHERE plan_id = :plan AND community_code <> ''"
                + " GROUP BY plan_id, partnership_id, community_code, level_code", p);
        recountStandards(planId);
        jdbc.update("UPDATE activity_tally_plan SET as_of = :today WHERE plan_id = :plan", p);
    }

    /** The plan of an activity (null if there is none). */
    public Long planOf(long activityId) {
        return jdbc.query("SELECT plan_id FROM engagement_activity WHERE id = :id", Map.of("id", activityId),
                rs -> rs.next() ? rs.getLong(1) : null);
    }

    /**
     * Recounts the plan's standards-radar rows from {@code activity_standard_total} (after an assessment of one of
     * its activities was saved); the caller took {@link #lock} before changing those totals.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recomputeStandards(long planId) {
        lock(planId);
        recountStandards(planId);
    }

    private void recountStandards(long planId) {
        Map<String, Object> p = Map.of("plan", planId);
        jdbc.update("DELETE FROM standard_tally WHERE plan_id = :plan", p);
        jdbc.update("INSERT INTO standard_tally (plan_id, partnership_id, framework_id, level_code, element_code,"
                + " mean_sum, assessments) SELECT a.plan_id, a.partnership_id, t.framework_id, a.level_code,"
                + " t.element_code, SUM(t.mean_sum), SUM(t.assessments) FROM activity_standard_total t"
                + " JOIN engagement_activity a ON a.id = t.activity_id WHERE a.plan_id = :plan"
                + " GROUP BY a.plan_id, a.partnership_id, t.framework_id, a.level_code, t.element_code", p);
    }

    /**
     * Rates again, as of today, every plan (of the partnership, or everywhere when null) whose tallies were rated
     * on another day or never; returns how many plans that was. One query, outside any transaction, when all are
     * current (a dashboard build calls this twice); the recount runs in a transaction (or the caller's).
     */
    public int refresh(Long partnershipId, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("today", Date.valueOf(today));
        String sql = "SELECT ap.id FROM action_plan ap LEFT JOIN activity_tally_plan s ON s.plan_id = ap.id"
                + " WHERE (s.as_of IS NULL OR s.as_of <> :today)";
        if (partnershipId != null) {
            sql += " AND ap.partnership_id = :partnership";
            p.put("partnership", partnershipId);
        }
        List<Long> stale = jdbc.queryForList(sql + " ORDER BY ap.id", p, Long.class);
        if (!stale.isEmpty()) {
            transaction.executeWithoutResult(status -> stale.forEach(planId -> recompute(planId, today)));
        }
        return stale.size();
    }

    /** Recounts the given plans (bulk loaders that write activities with plain SQL, e.g. demo data). */
    @Transactional
    public void recomputeAll(Collection<Long> planIds) {
        LocalDate today = LocalDate.now(clock);
        planIds.stream().sorted().forEach(id -> recompute(id, today));
    }
}
