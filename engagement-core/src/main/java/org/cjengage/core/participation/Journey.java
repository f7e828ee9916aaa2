package org.cjengage.core.participation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Where a service stands on the participation scale, worked out from its observations on a given day.
 * <ul>
 * <li>Which observations count, the baseline and the current one: {@link EffectiveObservations}.</li>
 * <li>Distance travelled = current stage minus baseline stage (negative if the service moved back);
 * distance remaining = target stage minus current stage, never below zero.</li>
 * <li>Expected stage today: a straight line from the baseline (its stage on its date) to the target
 * (target stage on the target date), held at the target after the target date.</li>
 * <li>Status: target reached if current &gt;= target; otherwise at risk if the target date has passed
 * or the current stage is behind the expected stage by one stage or more; otherwise on track.</li>
 * <li>Review due: no observation dated in the last six months (or none at all).</li>
 * </ul>
 */
public record Journey(List<Observation> effective, Observation baseline, Observation current, int targetStage,
                      LocalDate targetDate, LocalDate today) {

    public static final int REVIEW_AFTER_MONTHS = 6;

    public Journey {
        effective = List.copyOf(effective);
    }

    /** @param observations every observation of one service, superseded ones included, in any order */
    public static Journey of(List<Observation> observations, int targetStage, LocalDate targetDate, LocalDate today) {
        List<Observation> effective = EffectiveObservations.of(observations);
        return new Journey(effective, EffectiveObservations.baseline(effective), EffectiveObservations.current(effective),
                targetStage, targetDate, today);
    }

    /**
     * The journey from a service's {@link EffectiveObservations.Standing} (the dashboards' read model): the same
     * baseline, current stage, distance, status and review as from all its observations, but {@link #effective}
     * then holds only the baseline and the current observation (the count is the standing's).
     */
    public static Journey of(EffectiveObservations.Standing standing, int targetStage, LocalDate targetDate,
                             LocalDate today) {
        List<Observation> ends = java.util.stream.Stream.of(standing.baseline(), standing.current())
                .filter(java.util.Objects::nonNull).distinct().sorted(Observation.CHRONOLOGICAL).toList();
        return new Journey(ends, standing.baseline(), standing.current(), targetStage, targetDate, today);
    }

    public static Journey of(List<Observation> observations, TrackedService service, LocalDate today) {
        return of(observations, service.targetStage(), service.targetDate(), today);
    }

    public Optional<Integer> baselineStage() {
        return Optional.ofNullable(baseline).map(Observation::stage);
    }

    public Optional<Integer> currentStage() {
        return Optional.ofNullable(current).map(Observation::stage);
    }

    public Optional<Integer> distanceTravelled() {
        return current == null ? Optional.empty() : Optional.of(current.stage() - baseline.stage());
    }

    public Optional<Integer> distanceRemaining() {
        return current == null ? Optional.empty() : Optional.of(Math.max(0, targetStage - current.stage()));
    }

    public Optional<LocalDate> lastObserved() {
        return Optional.ofNullable(current).map(Observation::observedOn);
    }

    public boolean reviewDue() {
        return current == null || current.observedOn().isBefore(today.minusMonths(REVIEW_AFTER_MONTHS));
    }

    /** The stage the straight line from baseline to target expects today (fractional); empty without a baseline. */
    public Optional<Double> expectedStage() {
        if (baseline == null) {
            return Optional.empty();
        }
        long[] f = elapsedFraction();
        return Optional.of(baseline.stage() + (double) (targetStage - baseline.stage()) * f[0] / f[1]);
    }

    public JourneyStatus status() {
        if (current == null) {
            return JourneyStatus.NO_BASELINE;
        }
        if (current.stage() >= targetStage) {
            return JourneyStatus.TARGET_REACHED;
        }
        if (today.isAfter(targetDate)) {
            return JourneyStatus.AT_RISK;
        }
        // behind by >= 1 stage: expected - current >= 1, in whole numbers to avoid rounding:
        // baseline*total + (target-baseline)*elapsed - current*total >= total
        long[] f = elapsedFraction();
        long elapsed = f[0];
        long total = f[1];
        long lhs = (long) baseline.stage() * total + (long) (targetStage - baseline.stage()) * elapsed
                - (long) current.stage() * total;
        return lhs >= total ? JourneyStatus.AT_RISK : JourneyStatus.ON_TRACK;
    }

    /** {elapsed, total} days from the baseline date toward the target date, 0 <= elapsed <= total, total > 0. */
    private long[] elapsedFraction() {
        long total = ChronoUnit.DAYS.between(baseline.observedOn(), targetDate);
        if (total <= 0 || targetStage <= baseline.stage()) {
            return new long[] {1, 1};
        }
        long elapsed = Math.clamp(ChronoUnit.DAYS.between(baseline.observedOn(), today), 0, total);
        return new long[] {elapsed, total};
    }

    /** Observations newest first, superseded ones included (for the history). */
    public static List<Observation> history(List<Observation> observations) {
        return observations.stream().sorted(Observation.CHRONOLOGICAL.reversed()).toList();
    }
}
