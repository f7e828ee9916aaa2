package org.cjengage.core.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weekly reminder digests. They are sent only when an SMTP server is configured ({@code spring.mail.host}).
 *
 * @param enabled              off switch even when mail is configured
 * @param cron                 when the weekly run starts, in Europe/London (Spring cron, six fields)
 * @param from                 the sender address
 * @param annualReportLeadDays how many days before 31 December the annual report reminder starts
 */
@ConfigurationProperties("cjengage.reminders")
public record ReminderProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("0 0 7 * * MON") String cron,
                                 @DefaultValue("cj-engage@localhost") String from,
                                 @DefaultValue("60") int annualReportLeadDays) {
}
