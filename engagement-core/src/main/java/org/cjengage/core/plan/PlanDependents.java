package org.cjengage.core.plan;

import java.util.List;

/**
 * Records another feature keeps about a plan or an activity (statement drafts, published statements,
 * assessments). Before a plan or an activity is deleted, {@link PlanService} asks every bean of this type what
 * it holds: a {@linkplain Dependent#blocks() blocking} record refuses the deletion with its message; the others
 * are listed in the confirm dialog and deleted with the plan or activity, in the same transaction, through
 * {@link #deleteWithPlan} and {@link #deleteWithActivity}. Implementations do no access check (the plan service
 * has checked) and answer only for their own tables.
 */
public interface PlanDependents {

    /** What the feature holds for the plan and its activities; empty when nothing. */
    List<Dependent> ofPlan(long planId);

    /** What the feature holds for one activity; empty when nothing. */
    List<Dependent> ofActivity(long activityId);

    /** Deletes the feature's non-blocking records of the plan and its activities (called only when nothing blocks). */
    void deleteWithPlan(long planId);

    /** Deletes the feature's non-blocking records of the activity (called only when nothing blocks). */
    void deleteWithActivity(long activityId);

    /**
     * Some records of one kind.
     *
     * @param messageKey for a blocking record, the whole refusal ("This plan cannot be deleted: ..."); otherwise a
     *                   phrase for the list of what is deleted with it ("the draft of its participation
     *                   statement"); {@code {0}} is the count
     * @param count      how many (at least one)
     * @param blocks     whether these records forbid the deletion
     */
    record Dependent(String messageKey, long count, boolean blocks) {

        public static Dependent blocking(String messageKey, long count) {
            return new Dependent(messageKey, count, true);
        }

        public static Dependent deletedWith(String messageKey, long count) {
            return new Dependent(messageKey, count, false);
        }
    }
}
