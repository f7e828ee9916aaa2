package org.cjengage.core.outputs;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Insert and read only: published versions are never changed or deleted. */
interface PublishedStatementRepository extends Repository<PublishedStatement, Long> {
    PublishedStatement save(PublishedStatement statement);

    Optional<PublishedStatement> findById(Long id);

    List<PublishedStatement> findAllByPlanIdOrderByNumberDesc(Long planId);

    Optional<PublishedStatement> findFirstByPartnershipIdOrderByPublishedAtDesc(Long partnershipId);

    int countByPlanId(Long planId);
}
