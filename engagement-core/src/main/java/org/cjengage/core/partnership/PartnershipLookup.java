package org.cjengage.core.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Partnerships as other features read them, without an access check: the caller has checked access first, or
 * serves what a partnership has published (its public page). The repository stays inside this feature
 * (docs/decisions.md, 2026-12-06 "Feature boundaries").
 */
@Component
public class PartnershipLookup {

    private final PartnershipRepository partnerships;

    public PartnershipLookup(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    public Optional<Partnership> byId(long partnershipId) {
        return partnerships.findById(partnershipId);
    }

    public Optional<Partnership> byCode(String code) {
        return partnerships.findByCode(code);
    }

    /** Every partnership, by name. */
    public List<Partnership> allByName() {
        return partnerships.findAllByOrderByName();
    }
}
