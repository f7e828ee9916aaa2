package org.cjengage.core.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param suppressionThreshold counts from 1 to this minus one are shown as "&lt;threshold" to partners,
 *                             national viewers and in exports ({@code cjengage.dashboard.suppression-threshold})
 * @param overdueListLimit     how many overdue activities the list shows, oldest first
 */
@ConfigurationProperties("cjengage.dashboard")
public record DashboardProperties(@DefaultValue("5") int suppressionThreshold,
                                  @DefaultValue("50") int overdueListLimit) {

    public DashboardProperties {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("cjengage.dashboard.suppression-threshold must be at least 1");
        }
    }
}
