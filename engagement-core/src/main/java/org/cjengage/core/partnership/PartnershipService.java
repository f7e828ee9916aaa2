package org.cjengage.core.partnership;

import java.util.List;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.security.AccessGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which partnerships the caller can see. */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final AccessGuard access;

    public PartnershipService(PartnershipRepository partnerships, AccessGuard access) {
        this.partnerships = partnerships;
        this.access = access;
    }

    /** The partnerships the caller belongs to, or all of them for a national viewer or national admin. */
    public List<Partnership> visiblePartnerships() {
        var scope = access.readablePartnerships();
        return scope.all() ? partnerships.findAllByOrderByName() : partnerships.findAllByIdInOrderByName(scope.ids());
    }

    public Partnership get(long partnershipId) {
        access.requireMember(partnershipId);
        return partnerships.findById(partnershipId).orElseThrow(() -> new NotFoundException("partnership", partnershipId));
    }
}
