package org.cjengage.core.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PartnershipRepository extends Repository<Partnership, Long> {
    Partnership save(Partnership partnership);

    Optional<Partnership> findById(Long id);

    Optional<Partnership> findByCode(String code);

    /** Compared by the column's collation: case, accents and trailing spaces do not count. */
    boolean existsByName(String name);

    List<Partnership> findAllByOrderByName();

    long count();
}
