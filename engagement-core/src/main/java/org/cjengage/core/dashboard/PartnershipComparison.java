package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

/**
 * One partnership's row in the national comparison table: counts of activities, all exact.
 *
 * @param communitiesNotInvolved how many community types none of its activities focus on (a count of
 *                               types, not of people: never suppressed)
 */
public record PartnershipComparison(long partnershipId, String partnershipName, Figure total, Figure complete,
                                    Figure overdue, Figure engageLevel, Figure overdueReviews,
                                    int communitiesNotInvolved) {
}
