package org.cjengage.core.participation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TrackedServiceRepository extends Repository<TrackedService, Long> {
    TrackedService save(TrackedService service);

    Optional<TrackedService> findById(Long id);

    List<TrackedService> findAllByPartnershipIdOrderByName(Long partnershipId);

    boolean existsByPartnershipIdAndName(Long partnershipId, String name);
}
