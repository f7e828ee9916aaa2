package org.cjengage.core.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The stage a service was seen at on a date, with the evidence. Append-only: never changed or deleted.
 * A mistake is put right by a new observation that names the one it corrects. Keeps the id and version
 * of the scale the stage was recorded against.
 */
@Table("participation_observation")
public record Observation(@Id Long id, Long serviceId, Long partnershipId, LocalDate observedOn, int stage,
                          String scaleId, String scaleVersion, String evidence, boolean baseline, Long correctsId,
                          Long recordedBy, Instant recordedAt,
                          @MappedCollection(idColumn = "observation_id") Set<ObservationActivity> activities) {

    /** Oldest first: by date, then by when it was recorded, then by id. */
    public static final Comparator<Observation> CHRONOLOGICAL = Comparator.comparing(Observation::observedOn)
            .thenComparing(Observation::recordedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Observation::id, Comparator.nullsLast(Comparator.naturalOrder()));

    public Observation {
        activities = activities == null ? Set.of() : Set.copyOf(activities);
    }

    /** A new observation; the draft must have been checked. A correction of a baseline stays a baseline. */
    public static Observation record(TrackedService service, ObservationDraft draft, String scaleId,
                                     String scaleVersion, long recordedBy, boolean correctsABaseline) {
        return new Observation(null, service.id(), service.partnershipId(), draft.observedOn(), draft.stage(),
                scaleId, scaleVersion, draft.evidence().strip(), draft.baseline() || correctsABaseline,
                draft.correctsId(), recordedBy, Instant.now(),
                draft.activityIds().stream().map(ObservationActivity::new).collect(Collectors.toSet()));
    }

    public Set<Long> activityIds() {
        return activities.stream().map(ObservationActivity::activityId).collect(Collectors.toSet());
    }

}
