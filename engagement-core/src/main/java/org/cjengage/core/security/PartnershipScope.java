package org.cjengage.core.security;

import java.util.Set;

/** The partnerships a caller may read: all of them, or the listed ids. */
public record PartnershipScope(boolean all, Set<Long> ids) {
    public PartnershipScope {
        ids = Set.copyOf(ids);
    }

    public boolean includes(long partnershipId) {
        return all || ids.contains(partnershipId);
    }
}
