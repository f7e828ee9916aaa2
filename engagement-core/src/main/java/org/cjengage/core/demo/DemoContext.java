package org.cjengage.core.demo;

import java.util.List;
import java.util.Map;

/**
 * What the base demo data created, for contributors to build on.
 *
 * @param partnershipId the main demo partnership
 * @param otherPartnershipId a second partnership, to show that data stays apart
 * @param planId the main demo plan
 * @param activityIds the main plan's activities in creation order
 * @param userIds demo user ids by username
 */
public record DemoContext(long partnershipId, long otherPartnershipId, long planId, List<Long> activityIds,
                          Map<String, Long> userIds) {
}
