package org.cjengage.core.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Administration of accounts and personal data.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({FormerMembers.class, PersonalDataService.class, UserAdminService.class})
public class AdminComponents {
}
