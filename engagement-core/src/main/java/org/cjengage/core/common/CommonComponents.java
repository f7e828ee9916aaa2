package org.cjengage.core.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Shared infrastructure: the lock that makes a scheduled job run once across nodes.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import(JobLock.class)
public class CommonComponents {
}
