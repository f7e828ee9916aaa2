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
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.Indicator;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Assessments read set-based for the outputs: for open data, the assessments and their scores in two queries
 * whatever their number (the repository reads the scores of each assessment with a query of its own); for the
 * annual report, per assessment and element the totals its standards results need, summed by the database. No access checks: the callers check membership of the partnership first.
 */
@Component
class AssessmentReader {

    private final NamedParameterJdbcTemplate named;

    AssessmentReader(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** Every assessment of the partnership (of its activities and of the partnership as a whole), in id order. */
    List<Assessment> ofPartnership(long partnershipId) {
        return read("FROM assessment s WHERE s.partnership_id = :partnership",
                new MapSqlParameterSource("partnership", partnershipId));
    }

    /** One approved assessment's scores on one element: sum of the values, how many scored, how many not applicable. */
    record ElementTotals(long assessmentId, String frameworkId, String elementCode, long total, int scored,
                         int notApplicable) {
    }

    /**
     * Per approved assessment of the partnership's activities in {@code from..to} and per element, the totals
     * {@link ScoreCalculator#results} would work out from its scores, summed by the database: an element's
     * indicators are those the framework gives it plus any stored under its code (a score stored under one element
     * for an indicator the framework places in another counts in both, as there). In assessment id order; a few
     * rows per assessment instead of one per score.
     */
    List<ElementTotals> elementTotalsOfActivitiesIn(long partnershipId, LocalDate from, LocalDate to,
                                                    List<Framework> frameworks) {
        MapSqlParameterSource p = new MapSqlParameterSource("partnership", partnershipId)
                .addValue("approved", AssessmentStatus.APPROVED.name()).addValue("from", from).addValue("to", to);
        StringBuilder mapped = new StringBuilder("CASE");
        int n = 0;
        for (Framework framework : frameworks) {
            for (FrameworkElement element : framework.elements()) {
                for (Indicator indicator : element.indicators()) {
                    mapped.append(" WHEN s.framework_id = :f").append(n).append(" AND x.indicator_code = :i").append(n)
                            .append(" THEN :e").append(n);
                    p.addValue("f" + n, framework.id()).addValue("i" + n, indicator.code()).addValue("e" + n, element.code());
                    n++;
                }
            }
        }
        String element = n == 0 ? "x.element_code" : mapped.append(" ELSE x.element_code END").toString();
        String scores = " FROM assessment s JOIN engagement_activity a ON a.id = s.activity_id"
                + " JOIN assessment_score x ON x.assessment_id = s.id"
                + " WHERE s.partnership_id = :partnership AND a.partnership_id = :partnership AND s.status = :approved"
                + ActivityPeriod.sql("a");
        return named.query("SELECT t.id, t.framework_id, t.element, SUM(t.score_value) AS total,"
                + " COUNT(t.score_value) AS scored, SUM(t.not_applicable) AS na FROM ("
                + "SELECT s.id, s.framework_id, " + element + " AS element, x.score_value, x.not_applicable" + scores
                + " UNION ALL SELECT s.id, s.framework_id, x.element_code, x.score_value, x.not_applicable" + scores
                + " AND " + element + " <> x.element_code"
                + ") t GROUP BY t.id, t.framework_id, t.element ORDER BY t.id, t.element", p,
                (rs, i) -> new ElementTotals(rs.getLong("id"), rs.getString("framework_id"), rs.getString("element"),
                        rs.getLong("total"), rs.getInt("scored"), rs.getInt("na")));
    }

    /** {@code from}: the FROM and WHERE clauses over the assessment alias {@code s}. */
    private List<Assessment> read(String from, MapSqlParameterSource p) {
        Map<Long, Set<IndicatorScore>> scores = new HashMap<>();
        named.query("SELECT x.assessment_id, x.element_code, x.indicator_code, x.score_value, x.not_applicable,"
                + " x.evidence FROM assessment_score x JOIN (SELECT s.id " + from + ") chosen ON chosen.id = x.assessment_id",
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
