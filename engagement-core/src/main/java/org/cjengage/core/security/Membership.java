package org.cjengage.core.security;

import java.util.Objects;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A user's role in one partnership. A membership with no partnership is national: it applies to every
 * partnership (NATIONAL_VIEWER, or a national ADMIN).
 */
@Table("membership")
public record Membership(Long partnershipId, Role role) {

    public Membership {
        Objects.requireNonNull(role, "role");
    }

    public static Membership in(long partnershipId, Role role) {
        return new Membership(partnershipId, role);
    }

    public static Membership national(Role role) {
        return new Membership(null, role);
    }

    public boolean isNational() {
        return partnershipId == null;
    }

    public boolean covers(long partnership) {
        return isNational() || partnershipId == partnership;
    }
}
