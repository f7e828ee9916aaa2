package org.cjengage.core.participation;

import java.time.LocalDate;
import java.util.Set;

import org.cjengage.core.testsupport.TestData;
import org.springframework.stereotype.Component;

/** Creates tracked services directly through the repository (no access checks), with unique names. */
@Component
public class ParticipationTestData {

    private final TrackedServiceRepository services;

    public ParticipationTestData(TrackedServiceRepository services) {
        this.services = services;
    }

    public TrackedService service(long partnershipId) {
        return service(partnershipId, TestData.unique("Service"), LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE).plusYears(2));
    }

    public TrackedService service(long partnershipId, String name, LocalDate targetDate) {
        return services.save(TrackedService.create(partnershipId, new ServiceDraft(name, "Test organisation",
                Sector.THIRD_SECTOR, Set.of("VICTIMS"), 8, targetDate)));
    }
}
