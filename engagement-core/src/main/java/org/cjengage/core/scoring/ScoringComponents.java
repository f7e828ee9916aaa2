package org.cjengage.core.scoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Assessments against the standards.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({AssessmentPersonalData.class, AssessmentReader.class, AssessmentPlanDependents.class, AssessmentService.class,
        AssessmentStandardTotals.class, AssessmentsOpenData.class, ScoringDemoData.class,
        ScoringStandardsResults.class, StandardsRadarContributor.class})
public class ScoringComponents {
}
