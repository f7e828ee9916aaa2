package org.cjengage.core.security;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in. Never deleted: deactivation keeps the name in the history. */
@Table("app_user")
public record AppUser(@Id Long id, String username, String displayName, String email, String passwordHash,
                      boolean active, @MappedCollection(idColumn = "app_user_id") Set<Membership> memberships,
                      @Version Integer version, Instant createdAt) {

    public AppUser {
        memberships = memberships == null ? Set.of() : Set.copyOf(memberships);
    }

    public static AppUser create(String username, String displayName, String email, String passwordHash,
                                 Set<Membership> memberships) {
        return new AppUser(null, username, displayName, email, passwordHash, true, memberships, null, Instant.now());
    }

    public AppUser withMemberships(Set<Membership> newMemberships) {
        return new AppUser(id, username, displayName, email, passwordHash, active, newMemberships, version, createdAt);
    }

    public AppUser withPasswordHash(String newHash) {
        return new AppUser(id, username, displayName, email, newHash, active, memberships, version, createdAt);
    }

    public AppUser withActive(boolean newActive) {
        return new AppUser(id, username, displayName, email, passwordHash, newActive, memberships, version, createdAt);
    }
}
