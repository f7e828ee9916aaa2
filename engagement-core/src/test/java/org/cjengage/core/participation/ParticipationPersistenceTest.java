package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/** Round trips of the tracked service and observation aggregates through a real MariaDB. */
@SpringBootTest(classes = CoreTestApplication.class)
@Transactional
class ParticipationPersistenceTest {

    @Autowired TrackedServiceRepository services;
    @Autowired ObservationRepository observations;
    @Autowired TestData data;

    @Test
    void aServiceWithItsCommunitiesAndTargetRoundTrips() {
        Partnership p = data.partnership();
        ServiceDraft draft = new ServiceDraft("Unpaid work", "Council justice social work", Sector.STATUTORY,
                Set.of("PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES"), 7, LocalDate.of(2028, 3, 31));

        TrackedService saved = services.save(TrackedService.create(p.id(), draft));
        TrackedService loaded = services.findById(saved.id()).orElseThrow();

        assertThat(loaded.toDraft()).isEqualTo(draft);
        assertThat(loaded.partnershipId()).isEqualTo(p.id());
        assertThat(loaded.version()).isZero();
        assertThat(services.findAllByPartnershipIdOrderByName(p.id())).extracting(TrackedService::id)
                .containsExactly(saved.id());
    }

    @Test
    void anObservationWithScaleVersionRecorderAndActivityLinksRoundTrips() {
        Partnership p = data.partnership();
        EngagementPrincipal recorder = data.user(Role.STAFF, p.id());
        EngagementActivity activity = data.activity(data.plan(p.id()), "Focus group");
        TrackedService service = services.save(TrackedService.create(p.id(), new ServiceDraft("Café", "Network",
                Sector.THIRD_SECTOR, Set.of(), 8, LocalDate.of(2028, 1, 1))));
        ObservationDraft draft = new ObservationDraft(LocalDate.of(2026, 2, 3), 4, "Views changed the menu", true,
                Set.of(activity.id()), null);

        Observation saved = observations.save(Observation.record(service, draft, "participation-scale", "1.0",
                recorder.userId(), false));
        Observation loaded = observations.findById(saved.id()).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().ignoringFields("recordedAt").isEqualTo(saved);
        assertThat(loaded.activityIds()).containsExactly(activity.id());
        assertThat(loaded.scaleVersion()).isEqualTo("1.0");
        assertThat(loaded.baseline()).isTrue();
        assertThat(observations.findAllByPartnershipId(p.id())).hasSize(1);
    }

    @Test
    void theDatabaseAllowsOnlyOneCorrectionOfAnObservation() {
        Partnership p = data.partnership();
        EngagementPrincipal recorder = data.user(Role.STAFF, p.id());
        TrackedService service = services.save(TrackedService.create(p.id(), new ServiceDraft("Hub", "Org",
                Sector.STATUTORY, Set.of(), 8, LocalDate.of(2028, 1, 1))));
        Observation wrong = observations.save(Observation.record(service,
                ObservationDraft.of(LocalDate.of(2026, 1, 1), 5, "x"), "participation-scale", "1.0", recorder.userId(), false));
        observations.save(Observation.record(service, ObservationDraft.of(LocalDate.of(2026, 1, 1), 4, "fixed")
                .correcting(wrong.id()), "participation-scale", "1.0", recorder.userId(), false));

        assertThat(observations.existsByCorrectsId(wrong.id())).isTrue();
        assertThatThrownBy(() -> observations.save(Observation.record(service, ObservationDraft.of(
                LocalDate.of(2026, 1, 1), 3, "fixed again").correcting(wrong.id()), "participation-scale", "1.0",
                recorder.userId(), false))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void savingAStaleServiceVersionIsRefused() {
        Partnership p = data.partnership();
        ServiceDraft draft = new ServiceDraft("Hub", "Org", Sector.STATUTORY, Set.of(), 8, LocalDate.of(2028, 1, 1));
        TrackedService v0 = services.save(TrackedService.create(p.id(), draft));
        services.save(v0.revise(draft, v0.version()));

        assertThatThrownBy(() -> services.save(v0.revise(draft, v0.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }
}
