package org.cjengage.core.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

// Reads its collections on the same connection (docs/decisions.md, "One connection per read").
@Transactional
public interface ActivityRepository extends Repository<EngagementActivity, Long> {
    EngagementActivity save(EngagementActivity activity);

    Optional<EngagementActivity> findById(Long id);

    List<EngagementActivity> findAllByPlanId(Long planId, Pageable pageable);

    long countByPlanId(Long planId);

    /** The activity's partnership alone, for an access check that needs nothing else of it (one statement, not five). */
    @org.springframework.data.jdbc.repository.query.Query("SELECT partnership_id FROM engagement_activity WHERE id = :id")
    Optional<Long> findPartnershipIdById(Long id);

    void delete(EngagementActivity activity);

    @org.springframework.data.jdbc.repository.query.Modifying
    @org.springframework.data.jdbc.repository.query.Query("DELETE FROM engagement_activity WHERE plan_id = :planId")
    int deleteAllByPlanId(Long planId);
}
