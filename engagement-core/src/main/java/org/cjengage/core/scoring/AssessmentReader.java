package org.cjengage.core.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.plan.ActivityPeriod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Assessments with their scores read set-based for the outputs (annual report, open data): one query for the
 * assessments and one for their scores, whatever their number (the repository reads the scores of each assessment
 * with a query of its own). No access checks: the callers check membership of the partnership first.
 */
@Component
class AssessmentReader {

    private final NamedParameterJdbcTemplate named;

    AssessmentReader(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** An assessment read without its scores, and its scores sorted by indicator code (what open data writes). */
    record Scored(Assessment assessment, List<IndicatorScore> scores) {
    }

    /**
     * Every assessment of the partnership's activities (not those of the partnership as a whole), in id order, with
     * its scores as a list sorted by indicator code: two queries, no set of scores per assessment (issue 16).
     */
    List<Scored> ofActivitiesWithSortedScores(long partnershipId) {
        MapSqlParameterSource p = new MapSqlParameterSource("partnership", partnershipId);
        String from = "FROM assessment s WHERE s.partnership_id = :partnership AND s.activity_id IS NOT NULL";
        Map<Long, List<IndicatorScore>> scores = new HashMap<>();
        named.query("SELECT x.assessment_id, x.element_code, x.indicator_code, x.score_value, x.not_applicable, x.evidence"
                + " FROM assessment_score x JOIN (SELECT s.id " + from + ") chosen ON chosen.id = x.assessment_id",
                p, rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new IndicatorScore(rs.getString(2),
                            rs.getString(3), rs.getObject(4, Integer.class), rs.getBoolean(5), rs.getString(6)));
                });
        java.util.Comparator<IndicatorScore> byIndicator = java.util.Comparator.comparing(IndicatorScore::indicatorCode);
        List<Scored> result = new ArrayList<>();
        named.query("SELECT s.* " + from + " ORDER BY s.id", p, rs -> {
            List<IndicatorScore> own = scores.getOrDefault(rs.getLong("id"), List.of());
            if (own.size() > 1) {
                own.sort(byIndicator);
            }
            result.add(new Scored(assessment(rs, Set.of()), own));
        });
        return result;
    }

    /**
     * The approved assessments of the partnership's activities that took place in {@code from..to} (the annual
     * report's period rule, {@link ActivityPeriod}), in id order; their scores without the evidence text.
     */
    List<Assessment> approvedOfActivitiesIn(long partnershipId, LocalDate from, LocalDate to) {
        return read("FROM assessment s JOIN engagement_activity a ON a.id = s.activity_id"
                + " WHERE s.partnership_id = :partnership AND a.partnership_id = :partnership AND s.status = :approved"
                + ActivityPeriod.sql("a"), new MapSqlParameterSource("partnership", partnershipId)
                .addValue("approved", AssessmentStatus.APPROVED.name()).addValue("from", from).addValue("to", to), false);
    }

    /**
     * {@code from}: the FROM and WHERE clauses over the assessment alias {@code s}; {@code evidence}: whether the
     * scores carry their evidence text (figures do not need it).
     */
    private List<Assessment> read(String from, MapSqlParameterSource p, boolean evidence) {
        Map<Long, Set<IndicatorScore>> scores = new HashMap<>();
        named.query("SELECT x.assessment_id, x.element_code, x.indicator_code, x.score_value, x.not_applicable,"
                + (evidence ? " x.evidence" : " NULL AS evidence") + " FROM assessment_score x JOIN (SELECT s.id " + from + ") chosen ON chosen.id = x.assessment_id",
                p, rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(new IndicatorScore(rs.getString(2),
                            rs.getString(3), rs.getObject(4, Integer.class), rs.getBoolean(5), rs.getString(6)));
                });
        List<Assessment> result = new ArrayList<>();
        named.query("SELECT s.* " + from + " ORDER BY s.id", p, rs -> {
            result.add(assessment(rs, scores.get(rs.getLong("id"))));
        });
        return result;
    }

    private static Assessment assessment(ResultSet rs, Set<IndicatorScore> scores) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getObject("activity_id", Long.class), rs.getLong("partnership_id"),
                rs.getLong("assessor_id"), rs.getInt("imported_assessor"), rs.getString("framework_id"),
                rs.getString("framework_version"), CycleStage.valueOf(rs.getString("stage")),
                AssessmentStatus.valueOf(rs.getString("status")), scores, rs.getString("return_reason"),
                rs.getObject("reviewer_id", Long.class), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("approved_at")), rs.getObject("version", Integer.class),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
