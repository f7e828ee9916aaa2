package org.cjengage.core.participation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

// Reads its collections on the same connection (docs/decisions.md, "One connection per read").
@Transactional
public interface TrackedServiceRepository extends Repository<TrackedService, Long> {
    TrackedService save(TrackedService service);

    Optional<TrackedService> findById(Long id);

    List<TrackedService> findAllByPartnershipIdOrderByName(Long partnershipId);

    boolean existsByPartnershipIdAndName(Long partnershipId, String name);
}
