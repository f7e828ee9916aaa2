package org.cjengage.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.standards.Framework;

/** Every assessment of one activity with its results, and the comparisons built from them. */
public record ActivityScores(EngagementActivity activity, List<ScoredAssessment> assessments) {

    public ActivityScores {
        assessments = List.copyOf(assessments);
    }

    /** One assessment with its assessor's name and its results. */
    public record ScoredAssessment(Assessment assessment, String assessorName, AssessmentResult result) {
    }

    /**
     * The submitted and approved assessments of one framework and stage, compared across assessors (drafts
     * are work in progress and are left out).
     */
    public AssessorComparison assessorsAt(Framework framework, CycleStage stage) {
        Map<String, AssessmentResult> results = new LinkedHashMap<>();
        counted(framework, stage).forEach(s -> results.put(label(s), s.result()));
        return ScoreCalculator.compareAssessors(framework, results);
    }

    public StageComparison stages(Framework framework) {
        return ScoreCalculator.compareStages(framework, assessorsAt(framework, CycleStage.PLANNING_CHECK),
                assessorsAt(framework, CycleStage.REVIEW));
    }

    public List<ScoredAssessment> counted(Framework framework, CycleStage stage) {
        return assessments.stream().filter(s -> s.assessment().frameworkId().equals(framework.id())
                && s.assessment().stage() == stage && s.assessment().status() != AssessmentStatus.DRAFT).toList();
    }

    private static String label(ScoredAssessment s) {
        return s.assessorName() + " (#" + s.assessment().id() + ")";
    }
}
