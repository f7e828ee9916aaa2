package org.cjengage.core.outputs;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PartnershipPageRepository extends Repository<PartnershipPage, Long> {
    PartnershipPage save(PartnershipPage page);

    Optional<PartnershipPage> findById(Long partnershipId);
}
