package org.cjengage.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.standards.Framework;

/** Every assessment of one activity with its results, and the comparisons built from them. */
public record ActivityScores(EngagementActivity activity, List<ScoredAssessment> assessments) {

    public ActivityScores {
        assessments = List.copyOf(assessments);
    }

    /**
     * One assessment with its assessor's name and its results. For an imported assessment the name is the importing
     * user's; {@link Assessment#importedAssessor()} tells which of the file's assessors made it.
     */
    public record ScoredAssessment(Assessment assessment, String assessorName, AssessmentResult result) {
    }

    /**
     * The submitted and approved assessments of one framework and stage, compared across assessors (drafts
     * are work in progress and are left out). Each assessment is one assessor, labelled with its assessor's name.
     */
    public AssessorComparison assessorsAt(Framework framework, CycleStage stage) {
        return assessorsAt(framework, stage, ScoredAssessment::assessorName);
    }

    /**
     * As {@link #assessorsAt(Framework, CycleStage)}, with each assessor labelled {@code name} (the views name
     * imported assessors in the user's language); the assessment id is added, so every label is distinct.
     */
    public AssessorComparison assessorsAt(Framework framework, CycleStage stage, Function<ScoredAssessment, String> name) {
        Map<String, AssessmentResult> results = new LinkedHashMap<>();
        counted(framework, stage).forEach(s -> results.put(name.apply(s) + " (#" + s.assessment().id() + ")",
                s.result()));
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
}
