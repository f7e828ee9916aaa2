package org.cjengage.core.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cjengage.core.admin.PersonalDataContributor;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.PartnershipScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal data export's "assessments" section: every assessment the person made (with their
 * evidence, which is their own words), every assessment they approved or sent back (with the reason
 * they wrote) and the assessments recorded under them because they imported them from an open-data file
 * (made by other, unnamed assessors: listed without scores and evidence, which are not the person's words).
 * Only records in partnerships the exporting admin administers are included (a person who
 * moved partnership keeps their old partnership's records out of the new one's reach); the export itself is
 * guarded by {@link org.cjengage.core.admin.PersonalDataService}.
 */
@Component
public class AssessmentPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final AccessGuard access;

    public AssessmentPersonalData(JdbcClient jdbc, AccessGuard access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public String section() {
        return "assessments";
    }

    @Override
    public Object collect(long userId) {
        PartnershipScope scope = access.requireAdmin();
        Map<String, Object> section = new LinkedHashMap<>();
        List<Map<String, Object>> authored = recordedUnder(userId, scope, false);
        for (Map<String, Object> assessment : authored) {
            assessment.put("scores", scores((Long) assessment.get("id")));
        }
        section.put("authored", authored);
        section.put("reviewed", jdbc.sql("""
                SELECT id, activity_id, partnership_id, status, return_reason, updated_at
                FROM assessment WHERE reviewer_id = :user ORDER BY id""")
                .param("user", userId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("assessmentId", rs.getLong("id"));
                    row.put("activityId", rs.getObject("activity_id", Long.class));
                    row.put("partnershipId", rs.getLong("partnership_id"));
                    row.put("status", rs.getString("status"));
                    row.put("returnReason", rs.getString("return_reason"));
                    row.put("updatedAt", time(rs.getTimestamp("updated_at")));
                    return row;
                })
                .list().stream().filter(row -> scope.includes((Long) row.get("partnershipId"))).toList());
        section.put("imported", recordedUnder(userId, scope, true));
        return section;
    }

    /** The assessments recorded under the person: made by them, or ({@code imported}) imported by them. */
    private List<Map<String, Object>> recordedUnder(long userId, PartnershipScope scope, boolean imported) {
        return jdbc.sql("""
                SELECT id, activity_id, partnership_id, imported_assessor, framework_id, framework_version, stage,
                       status, created_at, updated_at, submitted_at, approved_at
                FROM assessment WHERE assessor_id = :user AND (imported_assessor > 0) = :imported ORDER BY id""")
                .param("user", userId)
                .param("imported", imported)
                .query((rs, n) -> assessment(rs))
                .list().stream().filter(row -> scope.includes((Long) row.get("partnershipId")))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Map<String, Object> assessment(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", rs.getLong("id"));
        row.put("activityId", rs.getObject("activity_id", Long.class));
        row.put("partnershipId", rs.getLong("partnership_id"));
        if (rs.getInt("imported_assessor") > 0) {
            row.put("importedAssessor", rs.getInt("imported_assessor"));
        }
        row.put("framework", rs.getString("framework_id"));
        row.put("frameworkVersion", rs.getString("framework_version"));
        row.put("stage", rs.getString("stage"));
        row.put("status", rs.getString("status"));
        row.put("createdAt", time(rs.getTimestamp("created_at")));
        row.put("updatedAt", time(rs.getTimestamp("updated_at")));
        row.put("submittedAt", time(rs.getTimestamp("submitted_at")));
        row.put("approvedAt", time(rs.getTimestamp("approved_at")));
        return row;
    }

    private List<Map<String, Object>> scores(long assessmentId) {
        return new ArrayList<>(jdbc.sql("""
                SELECT indicator_code, score_value, not_applicable, evidence
                FROM assessment_score WHERE assessment_id = :id ORDER BY indicator_code""")
                .param("id", assessmentId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("indicator", rs.getString("indicator_code"));
                    int value = rs.getInt("score_value");
                    row.put("value", rs.wasNull() ? null : value);
                    row.put("notApplicable", rs.getBoolean("not_applicable"));
                    row.put("evidence", rs.getString("evidence"));
                    return row;
                })
                .list());
    }

    private static String time(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
