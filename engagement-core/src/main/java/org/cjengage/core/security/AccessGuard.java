package org.cjengage.core.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.disclosure.Audience;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place services ask "may the caller do this here?". Every service method calls it before it
 * reads or writes; views are not the boundary.
 */
@Component
public class AccessGuard {

    /** Roles that may change the action plan. */
    public static final Set<Role> PLAN_EDITORS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD);

    /**
     * Roles that may record what happened with an activity (status, actual dates, the Do and Review sections):
     * the plan editors and STAFF of the partnership (docs/plan.md, "Who records delivery").
     */
    public static final Set<Role> DELIVERY_RECORDERS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD, Role.STAFF);

    public Optional<EngagementPrincipal> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof EngagementPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public EngagementPrincipal requireUser() {
        EngagementPrincipal user = currentUser().orElseThrow(NotPermittedException::new);
        if (!user.active()) {
            throw new NotPermittedException();
        }
        return user;
    }

    /** Read access: any membership of the partnership, or a national one. */
    public EngagementPrincipal requireMember(long partnershipId) {
        EngagementPrincipal user = requireUser();
        if (user.memberships().stream().noneMatch(m -> m.covers(partnershipId))) {
            throw new NotPermittedException();
        }
        return user;
    }

    /** Write access: one of the roles in this partnership (a national membership counts only for ADMIN). */
    public EngagementPrincipal requireRole(long partnershipId, Set<Role> roles) {
        EngagementPrincipal user = requireUser();
        boolean allowed = user.memberships().stream().anyMatch(m -> roles.contains(m.role())
                && (m.isNational() ? m.role() == Role.ADMIN : m.partnershipId() == partnershipId));
        if (!allowed) {
            throw new NotPermittedException();
        }
        return user;
    }

    public EngagementPrincipal requireRole(long partnershipId, Role first, Role... rest) {
        return requireRole(partnershipId, EnumSet.of(first, rest));
    }

    public boolean hasRole(long partnershipId, Set<Role> roles) {
        try {
            requireRole(partnershipId, roles);
            return true;
        } catch (NotPermittedException e) {
            return false;
        }
    }

    /**
     * Who the caller is, for figures about this partnership (docs/disclosure.md): {@link Audience#PARTNERSHIP}
     * when they hold a membership of that partnership itself (admin, strategy lead, staff or partner), else
     * {@link Audience#BEYOND} (national viewers and national admins, anyone signed out). Published documents,
     * public pages, open data and exports do not ask: they are always {@code BEYOND}.
     */
    public Audience audienceFor(long partnershipId) {
        return currentUser().filter(EngagementPrincipal::active)
                .filter(u -> u.memberships().stream().anyMatch(m -> !m.isNational() && m.partnershipId() == partnershipId))
                .map(u -> Audience.PARTNERSHIP).orElse(Audience.BEYOND);
    }

    /** The partnerships the caller can read. */
    public PartnershipScope readablePartnerships() {
        EngagementPrincipal user = requireUser();
        boolean national = user.memberships().stream().anyMatch(Membership::isNational);
        Set<Long> ids = user.memberships().stream().filter(m -> !m.isNational()).map(Membership::partnershipId)
                .collect(Collectors.toSet());
        return new PartnershipScope(national, ids);
    }

    /**
     * The partnerships the caller administers: every one for a national ADMIN, otherwise those where the
     * caller holds ADMIN. Refused when the caller administers none.
     */
    public PartnershipScope requireAdmin() {
        EngagementPrincipal user = requireUser();
        PartnershipScope scope = administeredBy(user);
        if (!scope.all() && scope.ids().isEmpty()) {
            throw new NotPermittedException();
        }
        return scope;
    }

    /** Admin of this partnership, or a national admin; {@code null} means national: national admins only. */
    public EngagementPrincipal requireAdminOf(Long partnershipId) {
        EngagementPrincipal user = requireUser();
        PartnershipScope scope = administeredBy(user);
        boolean allowed = partnershipId == null ? scope.all() : scope.includes(partnershipId);
        if (!allowed) {
            throw new NotPermittedException();
        }
        return user;
    }

    private static PartnershipScope administeredBy(EngagementPrincipal user) {
        boolean national = user.memberships().stream().anyMatch(m -> m.isNational() && m.role() == Role.ADMIN);
        Set<Long> ids = user.memberships().stream().filter(m -> !m.isNational() && m.role() == Role.ADMIN)
                .map(Membership::partnershipId).collect(Collectors.toSet());
        return new PartnershipScope(national, ids);
    }
}
