package org.cjengage.core.participation;

/** An engagement activity of the partnership that an observation can name as its source of evidence. */
public record LinkableActivity(long id, String description) {
}
