package org.cjengage.core.scoring;

import java.util.List;

import org.cjengage.core.standards.Framework;

/**
 * Every assessment of the partnership as a whole (frameworks whose data says {@code subjects: [partnership]}),
 * with their results and the same comparisons as for an activity.
 */
public record PartnershipScores(long partnershipId, List<ActivityScores.ScoredAssessment> assessments) {

    public PartnershipScores {
        assessments = List.copyOf(assessments);
    }

    /** Mean per element, planning check against review, of the submitted and approved assessments. */
    public StageComparison stages(Framework framework) {
        return new ActivityScores(null, assessments).stages(framework);
    }
}
