package org.cjengage.core.participation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user records about a service at a point in time.
 *
 * @param baseline    marks this observation explicitly as the service's baseline
 * @param activityIds engagement activities of the same partnership that produced the evidence
 * @param correctsId  nullable; the observation this one corrects (which is then superseded)
 */
public record ObservationDraft(LocalDate observedOn, Integer stage, String evidence, boolean baseline,
                               Set<Long> activityIds, Long correctsId) {

    public static final int EVIDENCE_MAX = 4000;

    public ObservationDraft {
        activityIds = activityIds == null ? Set.of() : Set.copyOf(activityIds);
    }

    public static ObservationDraft of(LocalDate observedOn, int stage, String evidence) {
        return new ObservationDraft(observedOn, stage, evidence, false, Set.of(), null);
    }

    public ObservationDraft correcting(long observationId) {
        return new ObservationDraft(observedOn, stage, evidence, baseline, activityIds, observationId);
    }

    public ObservationDraft linkedTo(Set<Long> activities) {
        return new ObservationDraft(observedOn, stage, evidence, baseline, activities, correctsId);
    }

}
