package org.cjengage.core.outputs;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Statutory outputs.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({AnnualReportService.class, OutputExportService.class, OutputsDemoData.class,
        ParticipationStatementService.class, PartnershipPageService.class, StatementPlanDependents.class})
public class OutputsComponents {
}
