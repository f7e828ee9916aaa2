package org.cjengage.core.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ActionPlanRepository extends Repository<ActionPlan, Long> {
    ActionPlan save(ActionPlan plan);

    Optional<ActionPlan> findById(Long id);

    List<ActionPlan> findAllByPartnershipIdOrderByPeriodStartDescTitle(Long partnershipId);

    List<ActionPlan> findAllByOrderByPartnershipIdAscPeriodStartDesc();

    void delete(ActionPlan plan);

    long count();
}
