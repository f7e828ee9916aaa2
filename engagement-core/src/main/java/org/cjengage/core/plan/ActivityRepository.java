package org.cjengage.core.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface ActivityRepository extends Repository<EngagementActivity, Long> {
    EngagementActivity save(EngagementActivity activity);

    Optional<EngagementActivity> findById(Long id);

    List<EngagementActivity> findAllByPlanId(Long planId, Pageable pageable);

    long countByPlanId(Long planId);

    void delete(EngagementActivity activity);
}
