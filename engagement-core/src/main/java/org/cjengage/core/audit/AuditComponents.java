package org.cjengage.core.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The audit trail of changes.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import(AuditTrail.class)
public class AuditComponents {
}
