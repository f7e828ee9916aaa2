package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
class DistanceTravelledServiceTest {

    @Autowired DistanceTravelledService service;
    @Autowired TestData data;
    @Autowired ParticipationTestData participation;
    @Autowired MeterRegistry meters;

    Partnership own;
    Partnership other;
    EngagementPrincipal lead;
    LocalDate today;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        other = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        today = LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE);
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    ServiceDraft draft(String name) {
        return new ServiceDraft(name, "Glenmore Council", Sector.STATUTORY, Set.of("PEOPLE_WITH_CONVICTIONS"), null,
                today.plusYears(2));
    }

    @Test
    void aLeadAddsAServiceWhoseTargetDefaultsToTheScalesTargetAndRecordsABaselineAndProgress() {
        TrackedService created = AsUser.call(lead, () -> service.createService(own.id(), draft("Unpaid work")));
        AsUser.run(lead, () -> service.recordObservation(created.id(), ObservationDraft.of(today.minusMonths(4), 2, "Leaflets")));
        AsUser.run(lead, () -> service.recordObservation(created.id(), ObservationDraft.of(today.minusMonths(1), 4, "Survey")));

        ServiceJourney journey = AsUser.call(data.user(Role.PARTNER, own.id()), () -> service.journey(created.id()));

        assertThat(created.targetStage()).isEqualTo(8);
        assertThat(journey.journey().distanceTravelled()).contains(2);
        assertThat(journey.journey().distanceRemaining()).contains(4);
        assertThat(journey.history()).extracting(Observation::stage).containsExactly(4, 2);
        assertThat(journey.history().getFirst().scaleId()).isEqualTo("participation-scale");
        assertThat(journey.history().getFirst().scaleVersion()).isEqualTo(service.scale().version());
        assertThat(journey.recorderNames()).containsValue(lead.displayName());
    }

    @Test
    void thePartnershipViewListsEveryServiceWithItsFigures() {
        TrackedService a = participation.service(own.id(), "A service", today.plusYears(1));
        participation.service(own.id(), "B service", today.plusYears(1));
        AsUser.run(lead, () -> service.recordObservation(a.id(), ObservationDraft.of(today, 3, "Started")));

        var summaries = AsUser.call(data.user(Role.STAFF, own.id()), () -> service.services(own.id()));

        assertThat(summaries).extracting(s -> s.service().name()).containsExactly("A service", "B service");
        assertThat(summaries.get(0).journey().currentStage()).contains(3);
        assertThat(summaries.get(1).journey().status()).isEqualTo(JourneyStatus.NO_BASELINE);
        assertThat(summaries.get(1).journey().reviewDue()).isTrue();
    }

    @Test
    void staffMayRecordObservationsButNotAddOrChangeServices() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        TrackedService tracked = participation.service(own.id());

        AsUser.run(staff, () -> service.recordObservation(tracked.id(), ObservationDraft.of(today, 3, "Seen")));

        assertThatThrownBy(() -> AsUser.call(staff, () -> service.createService(own.id(), draft("x"))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.updateService(tracked.id(), 0, draft("x"))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void partnersAndNationalViewersReadButRecordNothing() {
        TrackedService tracked = participation.service(own.id());
        for (EngagementPrincipal reader : new EngagementPrincipal[] {data.user(Role.PARTNER, own.id()),
                data.user(Role.NATIONAL_VIEWER, null)}) {
            assertThat(AsUser.call(reader, () -> service.service(tracked.id()).name())).isEqualTo(tracked.name());
            assertThatThrownBy(() -> AsUser.call(reader, () -> service.recordObservation(tracked.id(),
                    ObservationDraft.of(today, 3, "x")))).isInstanceOf(NotPermittedException.class);
        }
        assertThat(AsUser.call(lead, () -> service.journey(tracked.id()).history())).isEmpty();
    }

    @Test
    void anotherPartnershipsLeadCanNeitherReadNorWriteThisPartnershipsServices() {
        TrackedService tracked = participation.service(own.id());
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, other.id());

        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.services(own.id()))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.journey(tracked.id()))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.createService(own.id(), draft("x")))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.updateService(tracked.id(), 0, draft("x")))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today, 3, "x")))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.linkableActivities(own.id()))).isInstanceOf(NotPermittedException.class);
        assertThat(AsUser.call(lead, () -> service.journey(tracked.id()).history())).isEmpty();
    }

    @Test
    void anObservationCanOnlyLinkActivitiesOfTheSamePartnership() {
        TrackedService tracked = participation.service(own.id());
        EngagementActivity ownActivity = data.activity(data.plan(own.id()), "Own focus group");
        EngagementActivity foreign = data.activity(data.plan(other.id()), "Someone else's event");
        EngagementPrincipal leadOfBoth = data.userWith(Set.of(
                org.cjengage.core.security.Membership.in(own.id(), Role.STRATEGY_LEAD),
                org.cjengage.core.security.Membership.in(other.id(), Role.STRATEGY_LEAD)));

        assertThatThrownBy(() -> AsUser.call(leadOfBoth, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today, 3, "x").linkedTo(Set.of(foreign.id())))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("activities"));
        Observation linked = AsUser.call(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today, 3, "x").linkedTo(Set.of(ownActivity.id()))));

        assertThat(linked.activityIds()).containsExactly(ownActivity.id());
        assertThat(AsUser.call(lead, () -> service.journey(tracked.id()).activities())).containsKey(ownActivity.id());
    }

    @Test
    void aCorrectionSupersedesTheObservationWhichStaysInTheHistory() {
        TrackedService tracked = participation.service(own.id());
        Observation baseline = AsUser.call(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today.minusMonths(3), 2, "Start")));
        Observation wrong = AsUser.call(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today.minusMonths(1), 6, "Typo")));

        AsUser.run(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today.minusMonths(1), 3, "Meant stage 3").correcting(wrong.id())));

        ServiceJourney journey = AsUser.call(lead, () -> service.journey(tracked.id()));
        assertThat(journey.history()).hasSize(3);
        assertThat(journey.isSuperseded(wrong)).isTrue();
        assertThat(journey.isSuperseded(baseline)).isFalse();
        assertThat(journey.journey().currentStage()).contains(3);
        assertThat(journey.journey().distanceTravelled()).contains(1);
        assertThatThrownBy(() -> AsUser.call(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today, 4, "again").correcting(wrong.id())))).isInstanceOf(ValidationException.class);
    }

    @Test
    void futureDatesAndStagesOffTheScaleAreRefusedAndNothingIsSaved() {
        TrackedService tracked = participation.service(own.id());

        assertThatThrownBy(() -> AsUser.call(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today.plusDays(1), 3, "Tomorrow")))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AsUser.call(lead, () -> service.recordObservation(tracked.id(),
                ObservationDraft.of(today, 9, "Off the scale")))).isInstanceOf(ValidationException.class);

        assertThat(AsUser.call(lead, () -> service.journey(tracked.id()).history())).isEmpty();
    }

    @Test
    void recordingAnObservationCountsIt() {
        TrackedService tracked = participation.service(own.id());
        double before = meters.counter("observations.recorded", "sector", "THIRD_SECTOR", "correction", "false").count();

        AsUser.run(lead, () -> service.recordObservation(tracked.id(), ObservationDraft.of(today, 3, "Seen")));

        assertThat(meters.counter("observations.recorded", "sector", "THIRD_SECTOR", "correction", "false").count())
                .isEqualTo(before + 1);
    }

    @Test
    void theSecondOfTwoConcurrentServiceEditsGetsAConflictAndTheFirstIsKept() {
        TrackedService loadedByBoth = participation.service(own.id());

        AsUser.run(lead, () -> service.updateService(loadedByBoth.id(), loadedByBoth.version(), draft("First editor")));

        assertThatThrownBy(() -> AsUser.run(lead, () -> service.updateService(loadedByBoth.id(),
                loadedByBoth.version(), draft("Second editor")))).isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(lead, () -> service.service(loadedByBoth.id()).name())).isEqualTo("First editor");
    }

    @Test
    void twoServicesOfOnePartnershipCannotShareAName() {
        participation.service(own.id(), "Drop-in", today.plusYears(1));

        assertThatThrownBy(() -> AsUser.call(lead, () -> service.createService(own.id(), draft("Drop-in"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("name", "participation.validation.duplicateName")));
        assertThat(AsUser.call(data.user(Role.STRATEGY_LEAD, other.id()),
                () -> service.createService(other.id(), draft("Drop-in")).name())).isEqualTo("Drop-in");
    }
}
