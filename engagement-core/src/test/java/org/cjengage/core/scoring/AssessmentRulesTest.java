package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardIds;
import org.junit.jupiter.api.Test;

/** The assessment's life cycle and the checks on what an assessor enters. */
class AssessmentRulesTest {

    static final Framework NATIONAL = ScoreCalculatorTest.NATIONAL;
    static final Scale SCALE = ScoreCalculatorTest.CATALOGUE.scoringScale();
    static final long ASSESSOR = 10;
    static final long REVIEWER = 20;

    Assessment draft() {
        return Assessment.start(1, 2, ASSESSOR, NATIONAL.id(), NATIONAL.version(), CycleStage.REVIEW);
    }

    Assessment submitted() {
        return draft().withScores(Set.of(IndicatorScore.scored("1", "1a", 4, "notes")), NATIONAL.version()).submit();
    }

    @Test
    void aDraftIsSubmittedThenApprovedAndThenLocked() {
        Assessment approved = submitted().approve(REVIEWER);

        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.isLocked()).isTrue();
        assertThat(approved.reviewerId()).isEqualTo(REVIEWER);
        assertThat(approved.approvedAt()).isNotNull();
        assertThatThrownBy(() -> approved.withScores(Set.of(), NATIONAL.version()))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("scoring.error.locked");
        assertThatThrownBy(() -> approved.returnToDraft(REVIEWER, "late change"))
                .extracting("messageKey").isEqualTo("scoring.error.locked");
    }

    @Test
    void aSubmissionCannotBeEditedOnlyApprovedOrReturned() {
        assertThatThrownBy(() -> submitted().withScores(Set.of(), NATIONAL.version()))
                .extracting("messageKey").isEqualTo("scoring.error.notDraft");
        assertThatThrownBy(() -> draft().approve(REVIEWER)).extracting("messageKey").isEqualTo("scoring.error.notSubmitted");
    }

    @Test
    void aReturnNeedsAReasonAndGivesTheDraftBackWithIt() {
        assertThatThrownBy(() -> submitted().returnToDraft(REVIEWER, "  ")).extracting("messageKey")
                .isEqualTo("scoring.error.reasonRequired");

        Assessment returned = submitted().returnToDraft(REVIEWER, "Add evidence for 1a");

        assertThat(returned.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("Add evidence for 1a");
        assertThat(returned.submittedAt()).isNull();
    }

    @Test
    void nobodyApprovesTheirOwnAssessment() {
        assertThatThrownBy(() -> submitted().approve(ASSESSOR)).extracting("messageKey")
                .isEqualTo("scoring.error.ownApproval");
    }

    @Test
    void anEmptyDraftCannotBeSubmitted() {
        assertThatThrownBy(() -> draft().submit()).extracting("messageKey").isEqualTo("scoring.error.nothingScored");
    }

    @Test
    void scoresOutsideTheScaleAreRefusedWithTheScaleRange() {
        ValidationException e = refused(List.of(ScoreInput.of("1a", 7, "x"), ScoreInput.of("1b", 0, "x")), false);

        assertThat(e.violations()).containsExactly(new Violation("score.1a", "scoring.validation.outOfScale", 7, 1, 6),
                new Violation("score.1b", "scoring.validation.outOfScale", 0, 1, 6));
    }

    @Test
    void evidenceIsRequiredOnlyWhenSubmittingAndOnlyForScoredIndicators() {
        List<ScoreInput> inputs = List.of(ScoreInput.of("1a", 4, null), ScoreInput.notApplicable("1b"));

        Set<IndicatorScore> draftScores = ScoringRules.check(NATIONAL, SCALE, inputs, false);
        ValidationException e = refused(inputs, true);

        assertThat(draftScores).hasSize(2);
        assertThat(e.violations()).containsExactly(new Violation("evidence.1a", "scoring.validation.evidenceRequired", "1a"));
    }

    @Test
    void unknownIndicatorsDuplicatesAndValueWithNotApplicableAreRefused() {
        ValidationException e = refused(List.of(ScoreInput.of("9z", 3, "x"), ScoreInput.of("1a", 3, "x"),
                ScoreInput.of("1a", 4, "x"), new ScoreInput("1c", 3, true, null)), false);

        assertThat(e.violations()).extracting(Violation::messageKey).containsExactly(
                "scoring.validation.unknownIndicator", "scoring.validation.duplicate",
                "scoring.validation.valueAndNotApplicable");
    }

    @Test
    void checkedScoresCarryTheirStandardSoTheyCanBeGroupedLater() {
        Framework factors = ScoreCalculatorTest.CATALOGUE.framework(StandardIds.THIRD_SECTOR_FACTORS);

        Set<IndicatorScore> scores = ScoringRules.check(factors, SCALE, List.of(ScoreInput.of("9b", 5, "minutes")), true);

        assertThat(scores).containsExactly(IndicatorScore.scored("9", "9b", 5, "minutes"));
    }

    private static ValidationException refused(List<ScoreInput> inputs, boolean submitting) {
        try {
            ScoringRules.check(NATIONAL, SCALE, inputs, submitting);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
