package org.cjengage.core.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.cjengage.core.plan.ActivityPeriod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessments with their scores read set-based for the outputs (annual report, open data): one query for the
 * assessments and one for their scores, whatever their number (the repository reads the scores of each assessment
 * with a query of its own). No access checks: the callers check membership of the partnership first.
 */
@Component
class AssessmentReader {

    /** Rows fetched from the server at a time by a streamed read. */
    static final int STREAMED_ROWS = 1_000;

    private final NamedParameterJdbcTemplate named;
    /** The same template, for the statements whose rows are handed over as they arrive (a fetch size per statement). */
    private final JdbcClient jdbc;

    AssessmentReader(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = JdbcClient.create(named);
    }

    /** An assessment read without its scores, and its scores sorted by indicator code (what open data writes). */
    record Scored(Assessment assessment, List<IndicatorScore> scores) {
    }

    /**
     * Every assessment of the partnership's activities (not those of the partnership as a whole), in id order, with
     * its scores as a list sorted by indicator code: two queries (the 140,000 score rows of 10,000 assessments streamed),
     * no set of scores per assessment (issue 16).
     */
    List<Scored> ofActivitiesWithSortedScores(long partnershipId) {
        MapSqlParameterSource p = new MapSqlParameterSource("partnership", partnershipId);
        String from = "FROM assessment s WHERE s.partnership_id = :partnership AND s.activity_id IS NOT NULL";
        Map<Long, List<IndicatorScore>> scores = new HashMap<>();
        jdbc.sql("SELECT x.assessment_id, x.element_code, x.indicator_code, x.score_value, x.not_applicable, x.evidence"
                + " FROM assessment_score x JOIN (SELECT s.id " + from + ") chosen ON chosen.id = x.assessment_id")
                .paramSource(p).withFetchSize(STREAMED_ROWS).query((ResultSet rs) -> {
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
            result.add(new Scored(assessment(rs), own));
        });
        return result;
    }

    /**
     * The approved assessments of the partnership's activities that took place in {@code from..to} (the annual
     * report's period rule, {@link ActivityPeriod}), each handed to {@code each} with its framework id and its scores
     * (without the evidence text) as soon as its last score is read, in id order. One query: the assessments joined
     * with their scores, only the columns the figures need, streamed from the server ({@link #STREAMED_ROWS} rows at a
     * time) instead of read whole first (issue 16). An assessment without any score is not handed on (it has no figure).
     */
    void eachApprovedOfActivitiesIn(long partnershipId, LocalDate from, LocalDate to,
                                    BiConsumer<String, List<IndicatorScore>> each) {
        MapSqlParameterSource p = new MapSqlParameterSource("partnership", partnershipId)
                .addValue("approved", AssessmentStatus.APPROVED.name()).addValue("from", from).addValue("to", to);
        ScoreRows rows = new ScoreRows(each);
        jdbc.sql("SELECT s.id, s.framework_id, x.element_code, x.indicator_code, x.score_value, x.not_applicable"
                + " FROM assessment s JOIN engagement_activity a ON a.id = s.activity_id"
                + " JOIN assessment_score x ON x.assessment_id = s.id"
                + " WHERE s.partnership_id = :partnership AND a.partnership_id = :partnership AND s.status = :approved"
                + ActivityPeriod.sql("a") + " ORDER BY s.id")
                .paramSource(p).withFetchSize(STREAMED_ROWS).query(rows::row);
        rows.finish();
    }

    /** Gathers the joined rows of one assessment at a time (they come in assessment order). */
    private static final class ScoreRows {

        private final BiConsumer<String, List<IndicatorScore>> each;
        private long id = -1;
        private String frameworkId;
        private List<IndicatorScore> scores = new ArrayList<>();

        ScoreRows(BiConsumer<String, List<IndicatorScore>> each) {
            this.each = each;
        }

        void row(ResultSet rs) throws SQLException {
            long assessment = rs.getLong(1);
            if (assessment != id) {
                finish();
                id = assessment;
                frameworkId = rs.getString(2);
            }
            String element = rs.getString(3);
            String indicator = rs.getString(4);
            int value = rs.getInt(5);
            Integer scored = rs.wasNull() ? null : value;
            scores.add(new IndicatorScore(element, indicator, scored, rs.getBoolean(6), null));
        }

        void finish() {
            if (!scores.isEmpty()) {
                each.accept(frameworkId, scores);
                scores = new ArrayList<>();
            }
        }
    }

    /** An assessment's row, without its scores. */
    private static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getObject("activity_id", Long.class), rs.getLong("partnership_id"),
                rs.getLong("assessor_id"), rs.getInt("imported_assessor"), rs.getString("framework_id"),
                rs.getString("framework_version"), CycleStage.valueOf(rs.getString("stage")),
                AssessmentStatus.valueOf(rs.getString("status")), Set.of(), rs.getString("return_reason"),
                rs.getObject("reviewer_id", Long.class), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("approved_at")), rs.getObject("version", Integer.class),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
