package org.cjengage.core.security;

import java.time.Instant;

/**
 * One entry of the security event log. {@code userId} is the account the event is about (null when a typed
 * username matched nobody); {@code username} is the name as typed or as it was then; {@code actorId} the
 * admin who acted, if anyone did, and {@code actorUsername} their current username. The two flags say whether
 * the person's details were removed since: views then show "Former user #id" instead of the stored name.
 */
public record SecurityEvent(long id, Instant occurredAt, SecurityEventType type, Long userId, String username,
                            Long actorId, Long partnershipId, String details, boolean userRemoved,
                            String actorUsername, boolean actorRemoved) {
}
