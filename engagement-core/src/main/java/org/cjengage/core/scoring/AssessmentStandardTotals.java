package org.cjengage.core.scoring;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code assessment_standard_total} (V0201) in step with the assessments: for every approved assessment
 * and standard, the sum and number of its scored, applicable indicators, from which the dashboards' standards
 * radar takes each assessment's mean per standard without reading every score. Runs after every save of an
 * {@link Assessment} through its repository (service, open-data import, demo data), in the same transaction;
 * an assessment that is not approved has no rows. Code that inserts assessments with SQL calls
 * {@link #refreshPartnership} afterwards.
 */
@Component
public class AssessmentStandardTotals implements AfterSaveCallback<Assessment> {

    private static final String INSERT = "INSERT INTO assessment_standard_total (assessment_id, element_code,"
            + " activity_id, partnership_id, framework_id, score_sum, scored_count)"
            + " SELECT x.id, s.element_code, x.activity_id, x.partnership_id, x.framework_id, SUM(s.score_value),"
            + " COUNT(*) FROM assessment x JOIN assessment_score s ON s.assessment_id = x.id"
            + " WHERE x.status = '" + AssessmentStatus.APPROVED.name() + "' AND s.score_value IS NOT NULL"
            + " AND s.not_applicable = FALSE AND x.%s = ? GROUP BY x.id, s.element_code";

    private final JdbcTemplate jdbc;

    public AssessmentStandardTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Assessment onAfterSave(Assessment assessment) {
        jdbc.update("DELETE FROM assessment_standard_total WHERE assessment_id = ?", assessment.id());
        if (assessment.status() == AssessmentStatus.APPROVED) {
            jdbc.update(INSERT.formatted("id"), assessment.id());
        }
        return assessment;
    }

    /** Rewrites the rows of every assessment of a partnership, for bulk loads that bypass the repository. */
    public void refreshPartnership(long partnershipId) {
        jdbc.update("DELETE FROM assessment_standard_total WHERE partnership_id = ?", partnershipId);
        jdbc.update(INSERT.formatted("partnership_id"), partnershipId);
    }
}
