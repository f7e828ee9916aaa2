package org.cjengage.core.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as Spring Security sees it: identity plus memberships. The copy kept in the session after sign-in only
 * says who signed in: {@link AccessGuard} reads memberships and the active flag as they are now
 * ({@link #current}). Equal when the user id is equal (the session registry finds a user's sessions by it).
 */
public record EngagementPrincipal(long userId, String username, String displayName, String passwordHash,
                                  boolean active, Set<Membership> memberships) implements UserDetails {

    public EngagementPrincipal {
        memberships = Set.copyOf(memberships);
    }

    public static EngagementPrincipal of(AppUser user) {
        return new EngagementPrincipal(user.id(), user.username(), user.displayName(), user.passwordHash(),
                user.active(), user.memberships());
    }

    /** The account as it is now, without its password hash (what {@link AccessGuard} works with). */
    public static EngagementPrincipal current(AppUser user) {
        return new EngagementPrincipal(user.id(), user.username(), user.displayName(), null, user.active(),
                user.memberships());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngagementPrincipal p && p.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    /** Roles the user holds somewhere; views use these, services check the partnership too. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return memberships.stream().map(m -> new SimpleGrantedAuthority(m.role().authority()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(long partnershipId, Set<Role> roles) {
        return memberships.stream().anyMatch(m -> m.covers(partnershipId) && roles.contains(m.role()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "EngagementPrincipal[" + username + "]";
    }
}
