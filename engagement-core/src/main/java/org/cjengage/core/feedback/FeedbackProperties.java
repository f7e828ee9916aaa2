package org.cjengage.core.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param questionnaire       where the feedback questions are read from
 * @param perAddressLimit     submissions one address may make per window (kept in memory only)
 * @param perLinkLimit        submissions one activity's link may take per window
 * @param rateWindow          the window of both limits
 */
@ConfigurationProperties("cjengage.feedback")
public record FeedbackProperties(
        @DefaultValue("classpath:standards/feedback/participant-feedback.yaml") String questionnaire,
        @DefaultValue("5") int perAddressLimit,
        @DefaultValue("200") int perLinkLimit,
        @DefaultValue("10m") Duration rateWindow) {
}
