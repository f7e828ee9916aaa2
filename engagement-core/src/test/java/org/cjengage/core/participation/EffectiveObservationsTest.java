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
}
