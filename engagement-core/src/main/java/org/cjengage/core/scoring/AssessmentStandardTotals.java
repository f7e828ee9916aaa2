package org.cjengage.core.scoring;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the standards-radar summary tables in step with the assessments, after every save of an
 * {@link Assessment} through its repository (service, open-data import, demo data), in the same transaction:
 * <ul>
 * <li>{@code assessment_standard_total} (V0201): per approved assessment and standard, the sum and number of its
 * scored, applicable indicators; an assessment that is not approved has no rows;</li>
 * <li>{@code activity_standard_total} (V0203): per activity, framework and standard, the sum of those
 * assessments' means and how many there are, rebuilt from the first table. The dashboards' radar reads this
 * one.</li>
 * </ul>
 * Two reviewers approving assessments of the same activity at once queue on the activity's row, so each rebuild
 * sees the other's committed rows. Code that inserts assessments with SQL calls {@link #refreshPartnership}.
 */
@Component
public class AssessmentStandardTotals implements AfterSaveCallback<Assessment> {

    private static final String INSERT_ASSESSMENTS = "INSERT INTO assessment_standard_total (assessment_id,"
            + " element_code, activity_id, partnership_id, framework_id, score_sum, scored_count)"
            + " SELECT x.id, s.element_code, x.activity_id, x.partnership_id, x.framework_id, SUM(s.score_value),"
            + " COUNT(*) FROM assessment x JOIN assessment_score s ON s.assessment_id = x.id"
            + " WHERE x.status = '" + AssessmentStatus.APPROVED.name() + "' AND s.score_value IS NOT NULL"
            + " AND s.not_applicable = FALSE AND x.activity_id IS NOT NULL AND x.%s = ? GROUP BY x.id, s.element_code";
    private static final String INSERT_ACTIVITIES = "INSERT INTO activity_standard_total (activity_id, framework_id,"
            + " element_code, partnership_id, mean_sum, assessments) SELECT activity_id, framework_id, element_code,"
            + " MIN(partnership_id), SUM(CAST(score_sum AS DOUBLE) / scored_count), COUNT(*)"
            + " FROM assessment_standard_total WHERE %s GROUP BY activity_id, framework_id, element_code";

    private final JdbcTemplate jdbc;
    private final org.cjengage.core.plan.ActivityTallies tallies;

    /** Without the plans' read model: for bulk loaders in tests, which mark the plans to be recounted. */
    public AssessmentStandardTotals(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public AssessmentStandardTotals(JdbcTemplate jdbc, org.cjengage.core.plan.ActivityTallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Override
    public Assessment onAfterSave(Assessment assessment) {
        if (assessment.isOfPartnership()) {
            return assessment; // the radar summarises activities; a partnership's own assessment has no rows here
        }
        int removed = jdbc.update("DELETE FROM assessment_standard_total WHERE assessment_id = ?", assessment.id());
        boolean approved = assessment.status() == AssessmentStatus.APPROVED;
        if (removed == 0 && !approved) {
            return assessment; // a draft or submission that never counted: nothing to change
        }
        // the plan's read model first (the order every writer of a plan's activities takes), then the activity
        Long planId = tallies == null ? null : tallies.planOf(assessment.activityId());
        if (planId != null) {
            tallies.lock(planId);
        }
        jdbc.queryForList("SELECT id FROM engagement_activity WHERE id = ? FOR UPDATE", assessment.activityId());
        if (approved) {
            jdbc.update(INSERT_ASSESSMENTS.formatted("id"), assessment.id());
        }
        jdbc.update("DELETE FROM activity_standard_total WHERE activity_id = ? AND framework_id = ?",
                assessment.activityId(), assessment.frameworkId());
        jdbc.update(INSERT_ACTIVITIES.formatted("activity_id = ? AND framework_id = ?"), assessment.activityId(),
                assessment.frameworkId());
        if (planId != null) {
            tallies.recomputeStandards(planId);
        }
        return assessment;
    }

    /** Rewrites the rows of every assessment of a partnership, for bulk loads that bypass the repository. */
    public void refreshPartnership(long partnershipId) {
        jdbc.update("DELETE FROM assessment_standard_total WHERE partnership_id = ?", partnershipId);
        jdbc.update(INSERT_ASSESSMENTS.formatted("partnership_id"), partnershipId);
        jdbc.update("DELETE FROM activity_standard_total WHERE partnership_id = ?", partnershipId);
        jdbc.update(INSERT_ACTIVITIES.formatted("partnership_id = ?"), partnershipId);
        // the plans' read model (V2) is recounted on the next dashboard read
        jdbc.update("UPDATE activity_tally_plan SET as_of = '1970-01-01' WHERE plan_id IN"
                + " (SELECT id FROM action_plan WHERE partnership_id = ?)", partnershipId);
    }
}
