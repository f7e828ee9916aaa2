package org.cjengage.core.scoring;

/** One activity of a partnership with how many of its assessments are at each status. */
public record AssessmentOverviewRow(long activityId, String planTitle, String description, int drafts, int submitted,
                                    int approved) {

    public int total() {
        return drafts + submitted + approved;
    }
}
