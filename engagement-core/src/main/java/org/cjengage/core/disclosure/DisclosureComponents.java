package org.cjengage.core.disclosure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The small-number disclosure rule.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import(DisclosureConfiguration.class)
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureComponents {
}
