package org.cjengage.core.admin;

import org.cjengage.core.security.Role;

/**
 * What an admin types to invite someone. {@code partnershipId} null means a national membership (national
 * admins only). {@code initialPassword} null means "generate one"; either way it is a one-time password the
 * person must replace at first sign-in.
 */
public record InviteDraft(String username, String displayName, String email, Long partnershipId, Role role,
                          String initialPassword) {
}
