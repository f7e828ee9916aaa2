package org.cjengage.core.admin;

import java.time.Instant;
import java.util.List;

import org.cjengage.core.security.Membership;

/**
 * A user as an admin sees them. {@code memberships} lists only those in partnerships the admin administers
 * (all of them for a national admin); {@code otherMemberships} counts the rest. When personal details were
 * removed, {@code displayName} and {@code email} are empty and views show "Former user #id".
 * {@code formerPartnerships}: partnerships the admin administers that the user was removed from;
 * {@code formerMember}: the user holds no membership the admin can see any more, only former ones.
 */
public record ManagedUser(long id, String username, String displayName, String email, boolean active,
                          boolean personalDataRemoved, boolean passwordChangeRequired, List<Membership> memberships,
                          int otherMemberships, int version, Instant createdAt, boolean wholeAccountManageable,
                          List<Long> formerPartnerships, boolean formerMember) {
}
