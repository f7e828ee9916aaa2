package org.cjengage.core.scoring;

import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.plan.PlanDependents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessments and deleting plans or activities: an approved assessment is a locked record, so an activity that
 * has one (or a plan with such an activity) cannot be deleted; assessments in draft or submitted go with the
 * activity, and the confirm dialog says how many.
 */
@Component
class AssessmentPlanDependents implements PlanDependents {

    private static final String APPROVED = AssessmentStatus.APPROVED.name();

    private final JdbcClient jdbc;

    AssessmentPlanDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Dependent> ofPlan(long planId) {
        return dependents(counts("a.activity_id IN (SELECT id FROM engagement_activity WHERE plan_id = :id)", planId),
                "scoring.delete.planHasApproved", "scoring.delete.planAssessments");
    }

    @Override
    public List<Dependent> ofActivity(long activityId) {
        return dependents(counts("a.activity_id = :id", activityId), "scoring.delete.activityHasApproved",
                "scoring.delete.activityAssessments");
    }

    @Override
    public void deleteWithPlan(long planId) {
        jdbc.sql("DELETE FROM assessment WHERE status <> :approved"
                        + " AND activity_id IN (SELECT id FROM engagement_activity WHERE plan_id = :id)")
                .param("approved", APPROVED).param("id", planId).update();
    }

    @Override
    public void deleteWithActivity(long activityId) {
        jdbc.sql("DELETE FROM assessment WHERE status <> :approved AND activity_id = :id")
                .param("approved", APPROVED).param("id", activityId).update();
    }

    /** [approved, others] */
    private long[] counts(String where, long id) {
        return jdbc.sql("SELECT COALESCE(SUM(a.status = :approved), 0) AS approved,"
                        + " COALESCE(SUM(a.status <> :approved), 0) AS others FROM assessment a WHERE " + where)
                .param("approved", APPROVED).param("id", id)
                .query((rs, n) -> new long[] {rs.getLong("approved"), rs.getLong("others")}).single();
    }

    private static List<Dependent> dependents(long[] counts, String blockingKey, String deletedKey) {
        List<Dependent> result = new ArrayList<>(2);
        if (counts[0] > 0) {
            result.add(Dependent.blocking(blockingKey, counts[0]));
        }
        if (counts[1] > 0) {
            result.add(Dependent.deletedWith(deletedKey, counts[1]));
        }
        return result;
    }
}
