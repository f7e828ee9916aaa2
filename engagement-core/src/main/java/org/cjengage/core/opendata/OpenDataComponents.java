package org.cjengage.core.opendata;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Open-data export and import.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import(OpenDataService.class)
public class OpenDataComponents {
}
