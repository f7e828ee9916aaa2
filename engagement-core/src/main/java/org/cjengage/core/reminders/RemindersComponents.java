package org.cjengage.core.reminders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Weekly reminder digests.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({ReminderDigests.class, ReminderJob.class, ReminderScheduler.class, ReminderSettings.class})
@EnableConfigurationProperties(ReminderProperties.class)
public class RemindersComponents {
}
