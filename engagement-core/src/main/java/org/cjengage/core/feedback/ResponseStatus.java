package org.cjengage.core.feedback;

/** A response waits for a lead ({@code PENDING}); only {@code ACCEPTED} ones are ever shown or counted. */
public enum ResponseStatus {
    PENDING, ACCEPTED, REJECTED
}
