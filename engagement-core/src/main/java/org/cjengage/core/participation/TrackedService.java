package org.cjengage.core.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service (or community group) whose journey toward co-production a partnership tracks on the
 * participation scale, with a stretch target stage and the date it should be reached by. Its
 * observations are a separate, append-only aggregate that refers to it by id.
 */
@Table("tracked_service")
public record TrackedService(@Id Long id, Long partnershipId, String name, String owningOrganisation, Sector sector,
                             @MappedCollection(idColumn = "service_id") Set<ServiceCommunity> communities,
                             int targetStage, LocalDate targetDate, @Version Integer version, Instant createdAt,
                             Instant updatedAt) {

    public TrackedService {
        communities = communities == null ? Set.of() : Set.copyOf(communities);
    }

    /** A new service; the draft must have been checked and its target stage filled in. */
    public static TrackedService create(long partnershipId, ServiceDraft draft) {
        Instant now = Instant.now();
        return new TrackedService(null, partnershipId, draft.name().strip(), draft.owningOrganisation().strip(),
                draft.sector(), communities(draft), draft.targetStage(), draft.targetDate(), null, now, now);
    }

    /** The same service with the draft's details; the version is the one the editor loaded. */
    public TrackedService revise(ServiceDraft draft, int expectedVersion) {
        return new TrackedService(id, partnershipId, draft.name().strip(), draft.owningOrganisation().strip(),
                draft.sector(), communities(draft), draft.targetStage(), draft.targetDate(), expectedVersion,
                createdAt, Instant.now());
    }

    public Set<String> communityCodes() {
        return communities.stream().map(ServiceCommunity::communityCode).collect(Collectors.toSet());
    }

    public ServiceDraft toDraft() {
        return new ServiceDraft(name, owningOrganisation, sector, communityCodes(), targetStage, targetDate);
    }

    private static Set<ServiceCommunity> communities(ServiceDraft draft) {
        return draft.communityCodes().stream().map(ServiceCommunity::new).collect(Collectors.toSet());
    }
}
