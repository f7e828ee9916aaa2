package org.cjengage.core.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

// Reads its collections on the same connection (docs/decisions.md, "One connection per read").
@Transactional
public interface AssessmentRepository extends Repository<Assessment, Long> {
    Assessment save(Assessment assessment);

    Optional<Assessment> findById(Long id);

    List<Assessment> findAllByActivityIdOrderById(Long activityId);

    /** Read-only, for the annual report and open data (callers check access to the partnership). */
    List<Assessment> findAllByPartnershipIdOrderById(Long partnershipId);

    /** The assessments of the partnership as a whole (no activity). */
    List<Assessment> findAllByPartnershipIdAndActivityIdIsNullOrderById(Long partnershipId);

    /** Whether the assessor already has a partnership assessment of this framework and stage in the given status. */
    boolean existsByPartnershipIdAndActivityIdIsNullAndAssessorIdAndStageAndFrameworkIdAndStatus(Long partnershipId,
            Long assessorId, CycleStage stage, String frameworkId, AssessmentStatus status);

    /** With {@code importedAssessor} 0: whether the assessor has their own assessment (imported ones aside). */
    boolean existsByActivityIdAndAssessorIdAndImportedAssessorAndStageAndFrameworkId(Long activityId, Long assessorId,
            int importedAssessor, CycleStage stage, String frameworkId);
}
