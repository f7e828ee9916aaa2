package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which observations count for a service, and as at which date: the rule the page, dashboards and report share. */
class EffectiveObservationsTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 10);
    private final List<Observation> recorded = new ArrayList<>();
    private long nextId = 1;

    private Observation add(LocalDate on, int stage, boolean baseline, Long corrects) {
        long id = nextId++;
        Observation o = new Observation(id, 1L, 1L, on, stage, "participation-scale", "1.0", "evidence", baseline,
                corrects, 1L, Instant.ofEpochSecond(1000 - id), Set.of());
        recorded.add(o);
        return o;
    }

    @Test
    void aCorrectedObservationNeverCountsEvenWhenTheCorrectionIsDatedAfterTheDateAsked() {
        // Given an observation corrected by one dated a month later
        Observation wrong = add(D, 5, false, null);
        Observation earlier = add(D.minusDays(20), 2, false, null);
        add(D.plusMonths(1), 4, false, wrong.id());

        // When asking what counted as at the observation's own date
        List<Observation> counted = EffectiveObservations.dated(EffectiveObservations.of(recorded), null, D);

        // Then only the uncorrected earlier one counts, and the corrected one is marked superseded
        assertThat(counted).containsExactly(earlier);
        assertThat(EffectiveObservations.isSuperseded(wrong, recorded)).isTrue();
        assertThat(EffectiveObservations.isSuperseded(earlier, recorded)).isFalse();
    }

    @Test
    void effectiveObservationsRunOldestFirstByDateThenRecordingTimeAndAPeriodIncludesBothEnds() {
        Observation late = add(D.plusDays(2), 3, false, null);
        Observation sameDayRecordedLater = add(D, 2, false, null);
        Observation sameDayRecordedFirst = add(D, 1, false, null);
        Observation before = add(D.minusDays(1), 1, false, null);

        List<Observation> effective = EffectiveObservations.of(recorded);

        assertThat(effective).containsExactly(before, sameDayRecordedFirst, sameDayRecordedLater, late);
        assertThat(EffectiveObservations.dated(effective, D, D.plusDays(2)))
                .containsExactly(sameDayRecordedFirst, sameDayRecordedLater, late);
    }

    @Test
    void currentIsTheLatestAndBaselineTheLatestMarkedElseTheEarliest() {
        Observation first = add(D.minusMonths(6), 1, false, null);
        Observation last = add(D, 4, false, null);
        assertThat(EffectiveObservations.baseline(EffectiveObservations.of(recorded))).isEqualTo(first);
        assertThat(EffectiveObservations.current(EffectiveObservations.of(recorded))).isEqualTo(last);

        Observation marked = add(D.minusMonths(3), 2, true, null);
        assertThat(EffectiveObservations.baseline(EffectiveObservations.of(recorded))).isEqualTo(marked);
        assertThat(EffectiveObservations.current(List.of())).isNull();
        assertThat(EffectiveObservations.baseline(List.of())).isNull();
    }

    @Test
    void theStandingCountsTheEffectiveObservationsWithTheBaselineAndTheCurrentOneAndAJourneyFromItAgrees() {
        // Given a marked baseline, a later observation corrected by a lower stage, and an unmarked earliest one
        add(D.minusDays(40), 1, false, null);
        Observation marked = add(D.minusDays(30), 2, true, null);
        Observation wrong = add(D.minusDays(10), 6, false, null);
        Observation correction = add(D.minusDays(10), 4, false, wrong.id());

        // When the read model's standing is worked out
        EffectiveObservations.Standing standing = EffectiveObservations.standing(recorded);

        // Then three count, the marked one is the baseline and the correction is current
        assertThat(standing.observations()).isEqualTo(3);
        assertThat(standing.baseline()).isEqualTo(marked);
        assertThat(standing.current()).isEqualTo(correction);
        // And a journey from the standing says what a journey from every observation says
        Journey fromAll = Journey.of(recorded, 8, D.plusYears(1), D);
        Journey fromStanding = Journey.of(standing, 8, D.plusYears(1), D);
        assertThat(List.of(fromStanding.baselineStage(), fromStanding.currentStage(), fromStanding.distanceTravelled(),
                fromStanding.status(), fromStanding.reviewDue(), fromStanding.expectedStage()))
                .isEqualTo(List.of(fromAll.baselineStage(), fromAll.currentStage(), fromAll.distanceTravelled(),
                        fromAll.status(), fromAll.reviewDue(), fromAll.expectedStage()));
        assertThat(fromStanding.effective()).containsExactly(marked, correction);
        // And nothing recorded: no baseline, no current, none counted
        assertThat(EffectiveObservations.standing(List.of())).isEqualTo(new EffectiveObservations.Standing(0, null, null));
    }
}
