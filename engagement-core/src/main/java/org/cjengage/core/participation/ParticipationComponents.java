package org.cjengage.core.participation;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Participation and distance travelled.
 *
 * <p>The beans of this package, listed one by one: engagement-core imports its beans instead of scanning for
 * them ({@code CoreRegistrationTest} fails on a component that is missing here).
 */
@Configuration(proxyBeanMethods = false)
@Import({DistanceTravelledContributor.class, DistanceTravelledQueries.class, DistanceTravelledService.class,
        ObservationPersonalData.class, ParticipationDemoData.class, ParticipationDistanceSource.class,
        ParticipationOpenData.class, ServiceStandings.class})
public class ParticipationComponents {
}
