package org.cjengage.core.partnership;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Partnerships.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({PartnershipLookup.class, PartnershipQueries.class, PartnershipService.class})
public class PartnershipComponents {
}
