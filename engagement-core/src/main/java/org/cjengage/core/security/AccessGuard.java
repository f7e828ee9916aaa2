package org.cjengage.core.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.disclosure.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place services ask "may the caller do this here?". Every service method calls it before it
 * reads or writes; views are not the boundary.
 * <p>
 * The session only says <em>who</em> signed in. What they may do is read from the database at each check
 * (memberships and whether the account is active, as they are now), so a role removed, lowered or a deactivated
 * account takes effect at the very next call of an open session. Within one HTTP request the account is read
 * once, with one plain statement ({@link AccountQueries}: every request pays for it), and kept in a request
 * attribute (with whether it must choose a new password, which the page guard asks at each navigation); outside a
 * request (background work, tests) every call reads it again. A change to the caller's own account during the
 * request (a new password) forgets the request's copy ({@link #forgetCurrentAccount}). Nothing is ever kept from the
 * sign-in.
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

    private static final String REQUEST_CACHE = AccessGuard.class.getName() + ".account.";

    private final LongFunction<Optional<Account>> accounts;

    /** The account as read now: who, with what memberships, and whether they must choose a new password. */
    record Account(EngagementPrincipal principal, boolean passwordChangeRequired) {
    }

    /** Reads the account with one plain statement ({@link AccountQueries}), not through the aggregate repository. */
    @Autowired
    AccessGuard(AccountQueries accounts) {
        this.accounts = accounts::current;
    }

    /** With another source of accounts as they are now (unit tests); none of them needs a new password. */
    public AccessGuard(LongFunction<Optional<EngagementPrincipal>> accounts) {
        this.accounts = id -> accounts.apply(id).map(p -> new Account(p, false));
    }

    /**
     * The signed-in user as the database has them now (possibly deactivated: {@link #requireUser} refuses
     * those); empty when nobody is signed in or the account no longer exists.
     */
    public Optional<EngagementPrincipal> currentUser() {
        return currentAccount().map(Account::principal);
    }

    /** The signed-in account as the database has it now (read once per request, like {@link #currentUser}). */
    Optional<Account> currentAccount() {
        return signedInId().flatMap(this::current);
    }

    /**
     * Forgets the request's copy of the signed-in account, so that the next check of this request reads it again:
     * for a change to the caller's own account (a new password) followed, in the same request, by a page that asks.
     */
    void forgetCurrentAccount() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        signedInId().ifPresent(id -> {
            if (request != null) {
                request.removeAttribute(REQUEST_CACHE + id, RequestAttributes.SCOPE_REQUEST);
            }
        });
    }

    private static Optional<Long> signedInId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof EngagementPrincipal p) {
            return Optional.of(p.userId());
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Optional<Account> current(long userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return accounts.apply(userId);
        }
        String key = REQUEST_CACHE + userId;
        Object cached = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Optional<?> known) {
            return (Optional<Account>) known;
        }
        Optional<Account> loaded = accounts.apply(userId);
        request.setAttribute(key, loaded, RequestAttributes.SCOPE_REQUEST);
        return loaded;
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
