package org.cjengage.core.scoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cjengage.core.common.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessor's scores of one activity against one framework version at one cycle stage. Guards its
 * own life cycle: only a draft can be changed; a draft is submitted, a submission approved (then locked)
 * or returned to draft with a reason.
 *
 * @param activityId  nullable: an assessment of the partnership as a whole has no activity
 * @param importedAssessor 0 for an assessment made here; n &gt;= 1 for one imported from an open-data file, where
 *                   it was the n-th assessor of the file (the file names no person: the importing user is recorded
 *                   as {@code assessorId}, and this number keeps several imported assessors' assessments apart)
 * @param returnReason  nullable; why a reviewer sent it back (kept until the next submission)
 * @param reviewerId    nullable; who approved or returned it last
 */
@Table("assessment")
public record Assessment(
        @Id Long id,
        Long activityId,
        Long partnershipId,
        Long assessorId,
        int importedAssessor,
        String frameworkId,
        String frameworkVersion,
        CycleStage stage,
        AssessmentStatus status,
        @MappedCollection(idColumn = "assessment_id") Set<IndicatorScore> scores,
        String returnReason,
        Long reviewerId,
        Instant submittedAt,
        Instant approvedAt,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    public static final int REASON_MAX = 1000;

    public Assessment {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(assessorId, "assessorId");
        Objects.requireNonNull(frameworkId, "frameworkId");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        if (importedAssessor < 0) {
            throw new IllegalArgumentException("importedAssessor " + importedAssessor);
        }
        scores = scores == null ? Set.of() : Set.copyOf(scores);
    }

    public static Assessment start(long activityId, long partnershipId, long assessorId, String frameworkId,
                                   String frameworkVersion, CycleStage stage) {
        Instant now = Instant.now();
        return new Assessment(null, activityId, partnershipId, assessorId, 0, frameworkId, frameworkVersion, stage,
                AssessmentStatus.DRAFT, Set.of(), null, null, null, null, null, now, now);
    }

    /** An assessment of the partnership as a whole against a framework for partnerships, not of one activity. */
    public static Assessment startForPartnership(long partnershipId, long assessorId, String frameworkId,
                                                 String frameworkVersion, CycleStage stage) {
        Instant now = Instant.now();
        return new Assessment(null, null, partnershipId, assessorId, 0, frameworkId, frameworkVersion, stage,
                AssessmentStatus.DRAFT, Set.of(), null, null, null, null, null, now, now);
    }

    /** About the partnership as a whole rather than one activity. */
    public boolean isOfPartnership() {
        return activityId == null;
    }

    /** Imported from an open-data file: {@link #importedAssessor()} says which of the file's assessors made it. */
    public boolean isImported() {
        return importedAssessor > 0;
    }

    public boolean isLocked() {
        return status == AssessmentStatus.APPROVED;
    }

    public Optional<IndicatorScore> score(String indicatorCode) {
        return scores.stream().filter(s -> s.indicatorCode().equals(indicatorCode)).findFirst();
    }

    /**
     * Replaces all scores; only a draft can change. A draft saved after the framework data changed moves
     * to the version its scores were now checked against.
     */
    public Assessment withScores(Set<IndicatorScore> newScores, String checkedAgainstVersion) {
        requireStatus(AssessmentStatus.DRAFT, "scoring.error.notDraft");
        return new Assessment(id, activityId, partnershipId, assessorId, importedAssessor, frameworkId,
                checkedAgainstVersion, stage, status, newScores, returnReason, reviewerId, submittedAt, approvedAt,
                version, createdAt, Instant.now());
    }

    /** Hands the draft to reviewers; the caller has checked the scores are complete enough. */
    public Assessment submit() {
        requireStatus(AssessmentStatus.DRAFT, "scoring.error.notDraft");
        if (scores.stream().allMatch(IndicatorScore::isMissing)) {
            throw new DomainException("scoring.error.nothingScored");
        }
        return copy(AssessmentStatus.SUBMITTED, scores, returnReason, reviewerId, Instant.now(), null);
    }

    /** Locks a submitted assessment; nobody may approve their own scores. */
    public Assessment approve(long reviewer) {
        requireStatus(AssessmentStatus.SUBMITTED, "scoring.error.notSubmitted");
        if (reviewer == assessorId) {
            throw new DomainException("scoring.error.ownApproval");
        }
        return copy(AssessmentStatus.APPROVED, scores, null, reviewer, submittedAt, Instant.now());
    }

    /** Sends a submission back to its assessor with the reason; approved assessments stay locked. */
    public Assessment returnToDraft(long reviewer, String reason) {
        requireStatus(AssessmentStatus.SUBMITTED, "scoring.error.notSubmitted");
        if (reason == null || reason.isBlank()) {
            throw new DomainException("scoring.error.reasonRequired");
        }
        return copy(AssessmentStatus.DRAFT, scores, reason.strip(), reviewer, null, null);
    }

    private void requireStatus(AssessmentStatus expected, String messageKey) {
        if (status == AssessmentStatus.APPROVED) {
            throw new DomainException("scoring.error.locked");
        }
        if (status != expected) {
            throw new DomainException(messageKey);
        }
    }

    private Assessment copy(AssessmentStatus newStatus, Set<IndicatorScore> newScores, String reason, Long reviewer,
                            Instant submitted, Instant approved) {
        return new Assessment(id, activityId, partnershipId, assessorId, importedAssessor, frameworkId, frameworkVersion,
                stage, newStatus, newScores, reason, reviewer, submitted, approved, version, createdAt, Instant.now());
    }
}
