package org.cjengage.core.participation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Append-only: there is deliberately no update or delete here. */
// Reads its collections on the same connection (docs/decisions.md, "One connection per read").
@Transactional
interface ObservationRepository extends Repository<Observation, Long> {
    Observation save(Observation observation);

    Optional<Observation> findById(Long id);

    List<Observation> findAllByServiceId(Long serviceId);

    List<Observation> findAllByPartnershipId(Long partnershipId);

    boolean existsByCorrectsId(Long correctsId);
}
