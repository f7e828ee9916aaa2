package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JourneyTest {

    static final LocalDate BASE = LocalDate.of(2025, 1, 1);
    static final LocalDate TARGET_DATE = LocalDate.of(2027, 1, 1); // 730 days after BASE
    long nextId = 1;
    final List<Observation> observations = new ArrayList<>();

    Observation add(LocalDate on, int stage) {
        return add(on, stage, false, null);
    }

    Observation add(LocalDate on, int stage, boolean baseline, Long corrects) {
        long id = nextId++;
        Observation o = new Observation(id, 1L, 1L, on, stage, "participation-scale", "1.0", "evidence", baseline,
                corrects, 1L, Instant.ofEpochSecond(id), Set.of());
        observations.add(o);
        return o;
    }

    Journey journeyOn(LocalDate today) {
        return Journey.of(observations, 8, TARGET_DATE, today);
    }

    @Test
    void distanceTravelledIsCurrentMinusBaselineAndRemainingIsTargetMinusCurrent() {
        add(BASE, 2);
        add(BASE.plusMonths(6), 3);
        add(BASE.plusMonths(12), 5);

        Journey journey = journeyOn(BASE.plusMonths(13));

        assertThat(journey.baselineStage()).contains(2);
        assertThat(journey.currentStage()).contains(5);
        assertThat(journey.distanceTravelled()).contains(3);
        assertThat(journey.distanceRemaining()).contains(3);
    }

    @Test
    void observationsRecordedOutOfDateOrderAreTakenByDate() {
        add(BASE.plusMonths(12), 5);
        add(BASE, 2);

        Journey journey = journeyOn(BASE.plusMonths(13));

        assertThat(journey.baselineStage()).contains(2);
        assertThat(journey.currentStage()).contains(5);
    }

    @Test
    void aServiceThatMovesBackHasANegativeDistanceTravelled() {
        add(BASE, 4);
        add(BASE.plusMonths(3), 3);

        assertThat(journeyOn(BASE.plusMonths(4)).distanceTravelled()).contains(-1);
    }

    @Test
    void anObservationMarkedAsBaselineIsTheBaselineEvenIfOthersAreOlder() {
        add(BASE, 1);
        add(BASE.plusMonths(2), 3, true, null);
        add(BASE.plusMonths(5), 4);

        Journey journey = journeyOn(BASE.plusMonths(6));

        assertThat(journey.baselineStage()).contains(3);
        assertThat(journey.distanceTravelled()).contains(1);
    }

    @Test
    void aCorrectedObservationNoLongerCountsButTheCorrectionDoes() {
        Observation first = add(BASE, 2);
        Observation wrong = add(BASE.plusMonths(6), 6);
        add(BASE.plusMonths(6), 3, false, wrong.id());

        Journey journey = journeyOn(BASE.plusMonths(7));

        assertThat(journey.currentStage()).contains(3);
        assertThat(journey.effective()).extracting(Observation::stage).containsExactly(2, 3);
        assertThat(first.id()).isNotNull();
    }

    @Test
    void correctingTheBaselineMovesTheBaseline() {
        Observation wrongBaseline = add(BASE, 4);
        add(BASE, 2, false, wrongBaseline.id());
        add(BASE.plusMonths(6), 5);

        Journey journey = journeyOn(BASE.plusMonths(7));

        assertThat(journey.baselineStage()).contains(2);
        assertThat(journey.distanceTravelled()).contains(3);
    }

    @Test
    void distanceRemainingIsNeverBelowZero() {
        add(BASE, 2);
        add(BASE.plusMonths(1), 8);
        Journey journey = Journey.of(observations, 6, TARGET_DATE, BASE.plusMonths(2));

        assertThat(journey.distanceRemaining()).contains(0);
        assertThat(journey.status()).isEqualTo(JourneyStatus.TARGET_REACHED);
    }

    @Test
    void withoutObservationsThereIsNoBaselineAndAReviewIsDue() {
        Journey journey = journeyOn(BASE);

        assertThat(journey.status()).isEqualTo(JourneyStatus.NO_BASELINE);
        assertThat(journey.distanceTravelled()).isEmpty();
        assertThat(journey.reviewDue()).isTrue();
    }

    @Test
    void halfwayToTheTargetDateAServiceHalfwayUpIsOnTrack() {
        add(BASE, 2);
        add(BASE.plusDays(365), 5); // expected 2 + 6 * 365/730 = 5

        assertThat(journeyOn(BASE.plusDays(365)).status()).isEqualTo(JourneyStatus.ON_TRACK);
        assertThat(journeyOn(BASE.plusDays(365)).expectedStage()).hasValueSatisfying(e -> assertThat(e).isEqualTo(5.0));
    }

    @Test
    void lessThanOneStageBehindTheExpectedProgressIsStillOnTrack() {
        add(BASE, 2);
        add(BASE.plusDays(300), 4); // expected at day 365: 5.0 -> exactly one behind is at risk; at day 364: 4.99

        assertThat(journeyOn(BASE.plusDays(364)).status()).isEqualTo(JourneyStatus.ON_TRACK);
    }

    @Test
    void oneStageOrMoreBehindTheExpectedProgressIsAtRisk() {
        add(BASE, 2);
        add(BASE.plusDays(300), 4);

        assertThat(journeyOn(BASE.plusDays(365)).status()).isEqualTo(JourneyStatus.AT_RISK);
    }

    @Test
    void noProgressAtAllBecomesAtRiskAsTimePasses() {
        add(BASE, 2); // one stage of six is due every 121.7 days

        assertThat(journeyOn(BASE.plusDays(100)).status()).isEqualTo(JourneyStatus.ON_TRACK);
        assertThat(journeyOn(BASE.plusDays(122)).status()).isEqualTo(JourneyStatus.AT_RISK);
    }

    @Test
    void aPassedTargetDateWithoutReachingTheTargetIsAtRisk() {
        add(BASE, 2);
        add(TARGET_DATE.minusDays(120), 7); // expected then 7.01: on track until the date passes

        assertThat(journeyOn(TARGET_DATE.minusDays(100)).status()).isEqualTo(JourneyStatus.ON_TRACK);
        assertThat(journeyOn(TARGET_DATE.plusDays(1)).status()).isEqualTo(JourneyStatus.AT_RISK);
    }

    @Test
    void reachingTheTargetStageIsReportedAsReachedEvenAfterTheTargetDate() {
        add(BASE, 2);
        add(BASE.plusMonths(20), 8);

        assertThat(journeyOn(TARGET_DATE.plusMonths(3)).status()).isEqualTo(JourneyStatus.TARGET_REACHED);
    }

    @Test
    void aReviewIsDueWhenNothingWasObservedInTheLastSixMonths() {
        add(BASE, 2);
        add(BASE.plusMonths(3), 3);

        assertThat(journeyOn(BASE.plusMonths(9)).reviewDue()).isFalse();
        assertThat(journeyOn(BASE.plusMonths(9).plusDays(1)).reviewDue()).isTrue();
    }

    @Test
    void theHistoryKeepsEveryObservationNewestFirst() {
        Observation a = add(BASE, 2);
        Observation b = add(BASE.plusMonths(1), 5);
        Observation c = add(BASE.plusMonths(1), 3, false, b.id());

        assertThat(Journey.history(observations)).containsExactly(c, b, a);
    }
}
