package org.cjengage.core.security;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. Never deleted: deactivation keeps the row, so every history that refers to the
 * id stays intact. {@code passwordChangeRequired} is set while the password is a one-time one chosen by
 * an admin; {@code personalDataRemovedAt} is set once the person's name and e-mail were removed (views
 * then show "Former user #id").
 */
@Table("app_user")
public record AppUser(@Id Long id, String username, String displayName, String email, String passwordHash,
                      boolean active, @MappedCollection(idColumn = "app_user_id") Set<Membership> memberships,
                      @Version Integer version, Instant createdAt, boolean passwordChangeRequired,
                      Instant personalDataRemovedAt) {

    public AppUser {
        memberships = memberships == null ? Set.of() : Set.copyOf(memberships);
    }

    public static AppUser create(String username, String displayName, String email, String passwordHash,
                                 Set<Membership> memberships) {
        return new AppUser(null, username, displayName, email, passwordHash, true, memberships, null, Instant.now(),
                false, null);
    }

    public AppUser withMemberships(Set<Membership> newMemberships) {
        return new AppUser(id, username, displayName, email, passwordHash, active, newMemberships, version, createdAt,
                passwordChangeRequired, personalDataRemovedAt);
    }

    public AppUser withPasswordHash(String newHash) {
        return new AppUser(id, username, displayName, email, newHash, active, memberships, version, createdAt,
                passwordChangeRequired, personalDataRemovedAt);
    }

    public AppUser withActive(boolean newActive) {
        return new AppUser(id, username, displayName, email, passwordHash, newActive, memberships, version, createdAt,
                passwordChangeRequired, personalDataRemovedAt);
    }

    /** A new password; {@code oneTime} when an admin chose it and the user must replace it at next sign-in. */
    public AppUser withPassword(String newHash, boolean oneTime) {
        return new AppUser(id, username, displayName, email, newHash, active, memberships, version, createdAt,
                oneTime, personalDataRemovedAt);
    }

    /**
     * Deactivated, with name, e-mail and username replaced so nothing identifies the person any more; the
     * id (and so every record that refers to it) is kept.
     */
    public AppUser withPersonalDataRemoved(Instant when) {
        return new AppUser(id, "former-user-" + id, "", null, null, false, memberships, version, createdAt, false,
                when);
    }

    public boolean personalDataRemoved() {
        return personalDataRemovedAt != null;
    }
}
