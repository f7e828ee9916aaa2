package org.cjengage.core.dashboard;

/** How many activities of a partnership focus on a community type at a level. */
public record CoverageRow(long partnershipId, String communityCode, String levelCode, long count) {
}
