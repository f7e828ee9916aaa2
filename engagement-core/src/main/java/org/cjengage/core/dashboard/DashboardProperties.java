package org.cjengage.core.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dashboard settings. Small-number suppression has one setting for the whole application:
 * {@code cjengage.disclosure.threshold} ({@code DisclosureProperties}).
 *
 * @param overdueListLimit how many overdue activities the list shows, oldest first
 */
@ConfigurationProperties("cjengage.dashboard")
public record DashboardProperties(@DefaultValue("50") int overdueListLimit) {
}
