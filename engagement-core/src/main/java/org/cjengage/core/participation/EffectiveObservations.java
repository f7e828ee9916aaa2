package org.cjengage.core.participation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which participation observations count for a service, and as at which date: the ONE home of the
 * "effective observation" rule, used by the service page ({@link Journey}), the dashboards
 * ({@link DistanceTravelledQueries}), their read model ({@link ServiceStandings}, through {@link #standing}) and
 * the annual report ({@link ParticipationDistanceSource}).
 * <ul>
 * <li>An observation that another recorded observation corrects is superseded: it stays in the history but
 * never counts, whatever the correction's date.</li>
 * <li>The effective observations are the others, oldest first ({@link Observation#CHRONOLOGICAL}).</li>
 * <li>As at a date, only effective observations dated on or before it count (and, for a period, on or after
 * its first day).</li>
 * <li>Current: the latest effective observation. Baseline: the latest one marked as baseline, else the
 * earliest.</li>
 * </ul>
 */
public final class EffectiveObservations {

    private EffectiveObservations() {
    }

    /** The observations that count, oldest first, out of every observation recorded for one service. */
    public static List<Observation> of(Collection<Observation> recorded) {
        Set<Long> superseded = recorded.stream().map(Observation::correctsId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return recorded.stream().filter(o -> o.id() == null || !superseded.contains(o.id()))
                .sorted(Observation.CHRONOLOGICAL).toList();
    }

    /** True if an observation of {@code recorded} corrects {@code observation} (it then no longer counts). */
    public static boolean isSuperseded(Observation observation, Collection<Observation> recorded) {
        return observation.id() != null && recorded.stream().anyMatch(o -> observation.id().equals(o.correctsId()));
    }

    /** Those of {@code effective} dated from {@code from} (null: no lower bound) to {@code to}, both included. */
    public static List<Observation> dated(List<Observation> effective, LocalDate from, LocalDate to) {
        return effective.stream().filter(o -> (from == null || !o.observedOn().isBefore(from))
                && !o.observedOn().isAfter(to)).toList();
    }

    /**
     * Where the observations that count leave a service: how many there are, its baseline and its current one
     * (both null when none counts). What the dashboards' read model keeps per service ({@link ServiceStandings}).
     */
    public record Standing(int observations, Observation baseline, Observation current) {
    }

    /** The {@link Standing} of one service, out of every observation recorded for it. */
    public static Standing standing(Collection<Observation> recorded) {
        List<Observation> effective = of(recorded);
        return new Standing(effective.size(), baseline(effective), current(effective));
    }

    /** The latest of {@code effective} (oldest first), or null if there is none. */
    public static Observation current(List<Observation> effective) {
        return effective.isEmpty() ? null : effective.getLast();
    }

    /** The latest of {@code effective} marked as baseline, else the earliest; null if there is none. */
    public static Observation baseline(List<Observation> effective) {
        return effective.stream().filter(Observation::baseline).max(Observation.CHRONOLOGICAL)
                .orElse(effective.isEmpty() ? null : effective.getFirst());
    }
}
