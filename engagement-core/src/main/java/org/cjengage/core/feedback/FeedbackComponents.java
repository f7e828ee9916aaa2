package org.cjengage.core.feedback;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Participant feedback.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({FeedbackConfiguration.class, FeedbackDashboardContributor.class, FeedbackOpenData.class,
        FeedbackPersonalData.class, FeedbackReportSection.class, FeedbackService.class, FeedbackStore.class})
@EnableConfigurationProperties(FeedbackProperties.class)
public class FeedbackComponents {
}
