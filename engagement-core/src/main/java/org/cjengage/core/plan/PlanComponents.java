package org.cjengage.core.plan;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Action plans and their activities.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({ActivityLookup.class, ActivityReader.class, ActivityTallies.class, ImportColumnMemory.class, PlanService.class,
        PlanStore.class, PlanTransferService.class,
        ReviewOutcomes.class})
public class PlanComponents {
}
