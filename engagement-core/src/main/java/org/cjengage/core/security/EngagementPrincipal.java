package org.cjengage.core.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it: identity plus memberships, no password after login. */
public record EngagementPrincipal(long userId, String username, String displayName, String passwordHash,
                                  boolean active, Set<Membership> memberships) implements UserDetails {

    public EngagementPrincipal {
        memberships = Set.copyOf(memberships);
    }

    public static EngagementPrincipal of(AppUser user) {
        return new EngagementPrincipal(user.id(), user.username(), user.displayName(), user.passwordHash(),
                user.active(), user.memberships());
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
