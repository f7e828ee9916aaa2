package org.cjengage.core.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Backups and their schedule.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({BackupConfiguration.class, BackupSchedule.class})
public class BackupComponents {
}
