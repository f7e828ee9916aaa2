package org.cjengage.core.scoring;

/** When in an activity's life an assessment is made: a check of the plan before it runs, or the review after. */
public enum CycleStage {
    PLANNING_CHECK,
    REVIEW
}
