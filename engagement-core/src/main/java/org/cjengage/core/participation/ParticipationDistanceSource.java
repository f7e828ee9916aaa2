package org.cjengage.core.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cjengage.core.outputs.DistanceTravelledSource;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's distance travelled, one row per tracked service with an observation dated on or before
 * the end of the period. A corrected observation never counts, whatever the correction's date. The journey is worked out (by {@link Journey}) from the observations dated up to
 * each end of the period: the stage at the start is the current stage from observations dated before the
 * period (blank if none), the stage at the end and the status from those dated up to its last day (status as
 * seen on that day, or today if the period has not ended). Distance = end stage minus start stage, or minus the
 * baseline stage when the service was first observed during the period.
 */
@Component
@Transactional(readOnly = true)
public class ParticipationDistanceSource implements DistanceTravelledSource {

    private final TrackedServiceRepository services;
    private final ObservationRepository observations;
    private final StandardsCatalogue standards;
    private final AccessGuard access;
    private final Clock clock;

    public ParticipationDistanceSource(TrackedServiceRepository services, ObservationRepository observations,
                                       StandardsCatalogue standards, AccessGuard access, Clock clock) {
        this.clock = clock;
        this.services = services;
        this.observations = observations;
        this.standards = standards;
        this.access = access;
    }

    @Override
    public List<Progress> progress(long partnershipId, LocalDate from, LocalDate to) {
        access.requireMember(partnershipId);
        Scale scale = standards.participationScale();
        Map<Long, List<Observation>> byService = observations.findAllByPartnershipId(partnershipId).stream()
                .collect(Collectors.groupingBy(Observation::serviceId));
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isBefore(today) ? to : today;
        List<Progress> rows = new ArrayList<>();
        for (TrackedService service : services.findAllByPartnershipIdOrderByName(partnershipId)) {
            List<Observation> recorded = byService.getOrDefault(service.id(), List.of());
            List<Observation> all = EffectiveObservations.of(recorded);
            List<Observation> untilEnd = EffectiveObservations.dated(all, null, to);
            if (untilEnd.isEmpty()) {
                continue;
            }
            Journey atEnd = Journey.of(untilEnd, service, asOf);
            Optional<Integer> start = Journey.of(EffectiveObservations.dated(all, null, from.minusDays(1)), service, from).currentStage();
            int end = atEnd.currentStage().orElseThrow();
            int distance = end - start.orElseGet(() -> atEnd.baselineStage().orElseThrow());
            rows.add(new Progress(service.name(), start.map(s -> label(scale, s)).orElse(""), label(scale, end),
                    label(scale, service.targetStage()), distance, atEnd.status().name()));
        }
        return rows;
    }

    private static String label(Scale scale, int stage) {
        return scale.point(stage).map(ScalePoint::label).orElse(String.valueOf(stage));
    }
}
