package org.cjengage.core.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whole activities (every column and collection) read set-based: one query for the activity rows and one per
 * collection table (communities, tags, methods, purposes), joined in memory. Loading the aggregate through its
 * repository costs one query per activity and collection (about four per activity); this costs five for any
 * number of activities. No access checks here: only {@link PlanService} calls it, after its own.
 */
@Component
class ActivityReader {

    /**
     * Up to this many activity rows read, their collections are read by the rows' ids listed in the query; beyond it,
     * by the rows' condition and id range (a statement's parameters stay well below a server-side prepared
     * statement's limit of 65,535, should a host's driver settings use those).
     */
    static final int IDS_LISTED = 20_000;

    /** Rows fetched from the server at a time by {@link #eachOfPlans}'s activity rows. */
    static final int STREAMED_ROWS = 500;

    private final NamedParameterJdbcTemplate named;
    /** The same template, for the statements whose rows are handed over as they arrive (a fetch size per statement). */
    private final JdbcClient jdbc;

    ActivityReader(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = JdbcClient.create(named);
    }

    /** The activities of the partnership's given plans, in id order; {@code from}/{@code to} both null = any date. */
    List<EngagementActivity> ofPlans(long partnershipId, Collection<Long> planIds, LocalDate from, LocalDate to) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("partnership", partnershipId).addValue("plans", planIds);
        String where = "a.partnership_id = :partnership AND a.plan_id IN (:plans)";
        if (from != null || to != null) {
            where += ActivityPeriod.sql("a");
            p.addValue("from", java.util.Objects.requireNonNull(from, "from"))
                    .addValue("to", java.util.Objects.requireNonNull(to, "to"));
        }
        return read(where, "", p);
    }

    /**
     * The activities of the partnership's given plans handed to {@code each} as their rows are read, in the order of
     * {@code planIds}, then id: the collections first (one query per table, held by activity id), then the activity
     * rows streamed.
     */
    void eachOfPlans(long partnershipId, List<Long> planIds, java.util.function.Consumer<EngagementActivity> each) {
        if (planIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("partnership", partnershipId).addValue("plans", planIds);
        String where = "a.partnership_id = :partnership AND a.plan_id IN (:plans)";
        ActivityCollections c = collections(where, p);
        // streamed: each row is written while the server still sends the next ones (issue 16)
        jdbc.sql("SELECT a.* FROM engagement_activity a WHERE " + where + " ORDER BY FIELD(a.plan_id, :plans), a.id")
                .paramSource(p).withFetchSize(STREAMED_ROWS).query((ResultSet rs) -> each.accept(c.of(row(rs))));
    }

    /**
     * The summaries of the partnership's given plans' activities, in id order: one query, the communities and methods
     * of each row read as lists in the same row.
     */
    List<ActivitySummary> summaries(long partnershipId, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT a.id, a.description, a.level_code, a.stage_code, a.do_participants,"
                + " (SELECT GROUP_CONCAT(c.community_code) FROM activity_community c WHERE c.activity_id = a.id) AS communities,"
                + " (SELECT GROUP_CONCAT(m.method_code) FROM activity_method m WHERE m.activity_id = a.id) AS methods"
                + " FROM engagement_activity a WHERE a.partnership_id = :partnership AND a.plan_id IN (:plans) ORDER BY a.id",
                new MapSqlParameterSource("partnership", partnershipId).addValue("plans", planIds),
                (rs, n) -> new ActivitySummary(rs.getLong("id"), rs.getString("description"), rs.getString("level_code"),
                        rs.getString("stage_code"), codes(rs.getString("communities")), codes(rs.getString("methods")),
                        rs.getObject("do_participants", Integer.class)));
    }

    /**
     * One whole activity in two statements (issue 16): its row with its communities, tags and methods as lists of codes
     * (codes hold no comma), then its purposes (free text, so a query of their own). Through the repository it was five
     * statements and Spring Data's mapping, a sixth of the processor time of opening an activity's page.
     */
    Optional<EngagementActivity> one(long activityId) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", activityId);
        List<EngagementActivity> found = named.query("SELECT a.*,"
                + " (SELECT GROUP_CONCAT(c.community_code) FROM activity_community c WHERE c.activity_id = a.id) AS cje_communities,"
                + " (SELECT GROUP_CONCAT(t.tag_code) FROM activity_tag t WHERE t.activity_id = a.id) AS cje_tags,"
                + " (SELECT GROUP_CONCAT(m.method_code) FROM activity_method m WHERE m.activity_id = a.id) AS cje_methods"
                + " FROM engagement_activity a WHERE a.id = :id", p, (rs, n) -> row(rs).activity(
                        of(rs.getString("cje_communities"), FocusCommunity::new), of(rs.getString("cje_tags"), SubFocusTag::new),
                        of(rs.getString("cje_methods"), ActivityMethod::new), null));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<ActivityPurpose> purposes = new HashSet<>();
        named.query("SELECT purpose_code, who, place, about, how FROM activity_purpose WHERE activity_id = :id", p,
                rs -> {
                    purposes.add(new ActivityPurpose(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                });
        EngagementActivity a = found.getFirst();
        return Optional.of(new EngagementActivity(a.id(), a.planId(), a.partnershipId(), a.description(),
                a.levelCode(), a.status(), a.leadPerson(), a.stageCode(), a.plannedStart(), a.plannedEnd(),
                a.actualStart(), a.actualEnd(), a.communities(), a.tags(), a.methods(), purposes, a.voice(), a.version(),
                a.createdAt(), a.updatedAt()));
    }

    private static <T> Set<T> of(String csv, Function<String, T> code) {
        return codes(csv).stream().map(code).collect(Collectors.toSet());
    }

    private static Set<String> codes(String csv) {
        return csv == null || csv.isEmpty() ? Set.of() : Set.of(csv.split(","));
    }

    /** How many of the partnership's given plans' activities have no date at all. */
    long countUndated(long partnershipId, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return 0;
        }
        Long n = named.queryForObject("SELECT COUNT(*) FROM engagement_activity a WHERE a.partnership_id = :partnership"
                + " AND a.plan_id IN (:plans)" + ActivityPeriod.undated("a"),
                new MapSqlParameterSource("partnership", partnershipId).addValue("plans", planIds), Long.class);
        return n == null ? 0 : n;
    }

    /** One page of a plan's activities in id order. */
    List<EngagementActivity> page(long planId, long offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("plan", planId).addValue("limit", limit)
                .addValue("offset", offset);
        return read("a.plan_id = :plan", " LIMIT :limit OFFSET :offset", p);
    }

    /**
     * The activities matching {@code where} (over alias {@code a}) in id order, with {@code limit} appended to the
     * row query. The collections are read for the rows' ids (up to {@link #IDS_LISTED} rows), else for the ids from
     * the first to the last row read: in id order, a page holds exactly the matching rows in that range.
     */
    private List<EngagementActivity> read(String where, String limit, MapSqlParameterSource p) {
        List<Row> rows = named.query("SELECT a.* FROM engagement_activity a WHERE " + where + " ORDER BY a.id" + limit,
                p, (rs, n) -> row(rs));
        if (rows.isEmpty()) {
            return List.of();
        }
        ActivityCollections c;
        if (rows.size() <= IDS_LISTED) {
            // the rows' ids listed: each collection read from its own primary key, without going back to the activity
            // rows for the condition (issue 16: about 5 ms instead of 15-20 ms per table for the annual report's 7,500)
            c = collectionsOf(rows.stream().map(Row::id).toList());
        } else {
            String range = where + " AND a.id BETWEEN :firstId AND :lastId";
            p.addValue("firstId", rows.getFirst().id()).addValue("lastId", rows.getLast().id());
            c = collections(range, p);
        }
        List<EngagementActivity> result = new ArrayList<>(rows.size());
        for (Row r : rows) {
            result.add(c.of(r));
        }
        return result;
    }

    /** The collections of the activities matching {@code where}, by activity id. */
    private record ActivityCollections(Map<Long, Set<FocusCommunity>> communities, Map<Long, Set<SubFocusTag>> tags,
                               Map<Long, Set<ActivityMethod>> methods, Map<Long, Set<ActivityPurpose>> purposes) {
        EngagementActivity of(Row r) {
            return r.activity(communities.get(r.id()), tags.get(r.id()), methods.get(r.id()), purposes.get(r.id()));
        }
    }

    /** The collections of the activities matching {@code where} (over alias {@code a}), by activity id. */
    private ActivityCollections collections(String where, MapSqlParameterSource p) {
        return collections((table, columns) -> "SELECT x.activity_id, x." + columns + " FROM " + table
                + " x JOIN engagement_activity a ON a.id = x.activity_id WHERE " + where, p);
    }

    /** The collections of the activities with these ids, by activity id (each table read by its own key). */
    private ActivityCollections collectionsOf(List<Long> ids) {
        return collections((table, columns) -> "SELECT x.activity_id, x." + columns + " FROM " + table
                + " x WHERE x.activity_id IN (:ids)", new MapSqlParameterSource("ids", ids));
    }

    /** The four collection tables read with {@code select(table, columns)}, each row's first column its activity id. */
    private ActivityCollections collections(java.util.function.BinaryOperator<String> select, MapSqlParameterSource p) {
        Map<Long, Set<FocusCommunity>> communities = new HashMap<>();
        children(select.apply("activity_community", "community_code"), p,
                (id, rs) -> communities.computeIfAbsent(id, k -> new HashSet<>()).add(new FocusCommunity(rs.getString(2))));
        Map<Long, Set<SubFocusTag>> tags = new HashMap<>();
        children(select.apply("activity_tag", "tag_code"), p,
                (id, rs) -> tags.computeIfAbsent(id, k -> new HashSet<>()).add(new SubFocusTag(rs.getString(2))));
        Map<Long, Set<ActivityMethod>> methods = new HashMap<>();
        children(select.apply("activity_method", "method_code"), p,
                (id, rs) -> methods.computeIfAbsent(id, k -> new HashSet<>()).add(new ActivityMethod(rs.getString(2))));
        Map<Long, Set<ActivityPurpose>> purposes = new HashMap<>();
        children(select.apply("activity_purpose", "purpose_code, x.who, x.place, x.about, x.how"), p,
                (id, rs) -> purposes.computeIfAbsent(id, k -> new HashSet<>()).add(new ActivityPurpose(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
        return new ActivityCollections(communities, tags, methods, purposes);
    }

    private interface ChildRow {
        void add(long activityId, ResultSet rs) throws SQLException;
    }

    private void children(String sql, MapSqlParameterSource p, ChildRow add) {
        named.query(sql, p, rs -> {
            add.add(rs.getLong(1), rs);
        });
    }

    /** An activity row without its collections. */
    private record Row(long id, EngagementActivity bare) {
        EngagementActivity activity(Set<FocusCommunity> communities, Set<SubFocusTag> tags, Set<ActivityMethod> methods,
                                    Set<ActivityPurpose> purposes) {
            EngagementActivity a = bare;
            return new EngagementActivity(a.id(), a.planId(), a.partnershipId(), a.description(), a.levelCode(),
                    a.status(), a.leadPerson(), a.stageCode(), a.plannedStart(), a.plannedEnd(), a.actualStart(),
                    a.actualEnd(), communities, tags, methods, purposes, a.voice(), a.version(), a.createdAt(),
                    a.updatedAt());
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        VoiceCycle voice = new VoiceCycle(rs.getString("analyse_issue"), rs.getString("analyse_affected"),
                rs.getString("analyse_involved"), rs.getString("analyse_barriers"), rs.getString("plan_outcomes"),
                rs.getString("plan_indicators"), rs.getString("plan_resources"), rs.getString("plan_timescale"),
                rs.getString("do_what_happened"), rs.getString("do_who_took_part"),
                rs.getObject("do_participants", Integer.class), rs.getString("review_lessons"),
                rs.getString("review_you_said"), rs.getString("review_we_did"));
        return new Row(id, new EngagementActivity(id, rs.getLong("plan_id"), rs.getLong("partnership_id"),
                rs.getString("description"), rs.getString("level_code"), PlanStatus.valueOf(rs.getString("status")),
                rs.getString("lead_person"), rs.getString("stage_code"), rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class), rs.getObject("actual_start", LocalDate.class),
                rs.getObject("actual_end", LocalDate.class), null, null, null, null, voice,
                rs.getObject("version", Integer.class), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at"))));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
