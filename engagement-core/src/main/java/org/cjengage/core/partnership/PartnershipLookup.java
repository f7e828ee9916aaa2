package org.cjengage.core.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Partnerships as other features read them, without an access check: the caller has checked access first, or
 * serves what a partnership has published (its public page). The repository stays inside this feature
 * (docs/decisions.md, 2026-12-06 "Feature boundaries"). Its methods keep the repository's names.
 */
@Component
public class PartnershipLookup {

    private final PartnershipRepository partnerships;

    public PartnershipLookup(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    public Optional<Partnership> findById(long partnershipId) {
        return partnerships.findById(partnershipId);
    }

    public Optional<Partnership> findByCode(String code) {
        return partnerships.findByCode(code);
    }

    /** Every partnership, by name. */
    public List<Partnership> findAllByOrderByName() {
        return partnerships.findAllByOrderByName();
    }
}
