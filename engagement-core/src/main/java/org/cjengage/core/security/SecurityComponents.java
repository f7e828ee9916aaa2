package org.cjengage.core.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Accounts, sign-in and access checks.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({AccessGuard.class, AccountQueries.class, AccountService.class, EngagementUserDetailsService.class,
        ExternalAccountMapping.class, LoginConfiguration.class, LoginEventsRecorder.class, LoginThrottle.class,
        AccountPasswords.class, PasswordPolicy.class, SecurityEvents.class, SecurityExportEventHook.class,
        SecurityHousekeeping.class, UserLookup.class})
public class SecurityComponents {
}
