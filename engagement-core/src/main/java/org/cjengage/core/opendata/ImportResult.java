package org.cjengage.core.opendata;

/** What an import created. */
public record ImportResult(long partnershipId, int plans, int activities) {
}
