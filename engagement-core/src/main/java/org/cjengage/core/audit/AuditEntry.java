package org.cjengage.core.audit;

import java.time.Instant;

/**
 * One recorded change: who did what to which record, when; for a change, which field and its values
 * before and after (as text). A creation or deletion is one entry without a field.
 */
public record AuditEntry(long id, long partnershipId, Long planId, EntityType entityType, long entityId,
                         Action action, String field, String oldValue, String newValue, Long actorId,
                         String actorName, Instant occurredAt) {

    public enum EntityType { PLAN, ACTIVITY }

    public enum Action { CREATED, CHANGED, DELETED }
}
