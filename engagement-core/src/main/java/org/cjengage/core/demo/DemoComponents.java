package org.cjengage.core.demo;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Demo data (only when cjengage.demo-data.enabled=true).
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import(DemoDataLoader.class)
public class DemoComponents {
}
