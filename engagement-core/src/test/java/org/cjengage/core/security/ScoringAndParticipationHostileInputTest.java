package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.ParticipationTestData;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.ServiceSummary;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.IndicatorScore;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.HostileInput;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The hostile corpus through the free-text fields of scoring (indicator evidence, the reviewer's return
 * reason) and of distance travelled (service name, owning organisation, observation evidence): accepted
 * text comes back exactly as typed (less surrounding white space), refused text gets a message on that
 * field and nothing is stored or changed.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringAndParticipationHostileInputTest {

    @Autowired AssessmentService scoring;
    @Autowired DistanceTravelledService distanceTravelled;
    @Autowired ParticipationTestData participation;
    @Autowired TestData data;

    Partnership partnership;
    EngagementPrincipal staff;
    EngagementPrincipal lead;
    EngagementActivity activity;

    List<HostileInput.Case> corpus() {
        return HostileInput.all();
    }

    @BeforeAll
    void createUsers() {
        partnership = data.partnership();
        staff = data.user(Role.STAFF, partnership.id());
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    @BeforeEach
    void createActivity() {
        activity = data.activity(data.plan(partnership.id()), "Hostile input activity");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private static void refusedOn(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).contains(field));
    }

    @ParameterizedTest(name = "indicator evidence: {0}")
    @MethodSource("corpus")
    void evidenceIsStoredVerbatimOrRefusedWithNothingSaved(HostileInput.Case c) {
        String evidence = c.accepted() ? HostileInput.fitted(c, IndicatorScore.EVIDENCE_MAX) : c.text();
        Assessment started = AsUser.call(staff, () -> scoring.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        List<ScoreInput> inputs = List.of(ScoreInput.of("1a", 4, evidence));

        if (c.accepted()) {
            Assessment draft = AsUser.call(staff, () -> scoring.saveDraft(started.id(), started.version(), inputs));
            Assessment submitted = AsUser.call(staff, () -> scoring.submit(draft.id(), draft.version(), inputs));
            Assessment read = AsUser.call(lead, () -> scoring.assessment(submitted.id()));
            assertThat(read.score("1a").orElseThrow().evidence()).isEqualTo(evidence.strip());
            assertThat(read.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        } else {
            refusedOn(() -> AsUser.run(staff, () -> scoring.saveDraft(started.id(), started.version(), inputs)),
                    "evidence.1a");
            refusedOn(() -> AsUser.run(staff, () -> scoring.submit(started.id(), started.version(), inputs)),
                    "evidence.1a");
            Assessment read = AsUser.call(lead, () -> scoring.assessment(started.id()));
            assertThat(read.scores()).isEmpty();
            assertThat(read.status()).isEqualTo(AssessmentStatus.DRAFT);
            assertThat(read.version()).isEqualTo(started.version());
        }
    }

    @ParameterizedTest(name = "return reason: {0}")
    @MethodSource("corpus")
    void aReturnReasonIsStoredVerbatimOrRefusedWithTheSubmissionUntouched(HostileInput.Case c) {
        String reason = c.accepted() ? HostileInput.fitted(c, Assessment.REASON_MAX) : c.text();
        Assessment started = AsUser.call(staff, () -> scoring.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.PLANNING_CHECK));
        Assessment submitted = AsUser.call(staff, () -> scoring.submit(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 5, "Attendance sheets"))));

        if (c.accepted()) {
            AsUser.run(lead, () -> scoring.returnToDraft(submitted.id(), submitted.version(), reason));
            Assessment read = AsUser.call(staff, () -> scoring.assessment(submitted.id()));
            assertThat(read.returnReason()).isEqualTo(reason.strip());
            assertThat(read.status()).isEqualTo(AssessmentStatus.DRAFT);
        } else {
            refusedOn(() -> AsUser.run(lead, () -> scoring.returnToDraft(submitted.id(), submitted.version(), reason)),
                    "reason");
            Assessment read = AsUser.call(staff, () -> scoring.assessment(submitted.id()));
            assertThat(read.status()).isEqualTo(AssessmentStatus.SUBMITTED);
            assertThat(read.returnReason()).isNull();
            assertThat(read.version()).isEqualTo(submitted.version());
        }
    }

    private static ServiceDraft serviceDraft(String name, String organisation) {
        return new ServiceDraft(name, organisation, Sector.THIRD_SECTOR, Set.of("VICTIMS"), null,
                LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE).plusYears(1));
    }

    private List<String> serviceNames(Partnership p) {
        return AsUser.call(lead, () -> distanceTravelled.services(p.id())).stream()
                .map(ServiceSummary::service).map(TrackedService::name).toList();
    }

    @ParameterizedTest(name = "service name: {0}")
    @MethodSource("corpus")
    void aServiceNameIsStoredVerbatimOrRefusedWithNothingSaved(HostileInput.Case c) {
        Partnership fresh = data.partnership();
        EngagementPrincipal freshLead = data.user(Role.STRATEGY_LEAD, fresh.id());
        String name = c.accepted() ? HostileInput.fitted(c, ServiceDraft.NAME_MAX) : c.text();

        if (c.accepted()) {
            TrackedService created = AsUser.call(freshLead, () -> distanceTravelled.createService(fresh.id(),
                    serviceDraft(name, "Glenmore Council")));
            assertThat(AsUser.call(freshLead, () -> distanceTravelled.service(created.id()).name()))
                    .isEqualTo(name.strip());
        } else {
            refusedOn(() -> AsUser.run(freshLead, () -> distanceTravelled.createService(fresh.id(),
                    serviceDraft(name, "Glenmore Council"))), "name");
            assertThat(AsUser.call(freshLead, () -> distanceTravelled.services(fresh.id()))).isEmpty();
        }
    }

    @ParameterizedTest(name = "owning organisation: {0}")
    @MethodSource("corpus")
    void anOrganisationIsStoredVerbatimOrRefusedWithNothingChanged(HostileInput.Case c) {
        String organisation = c.accepted() ? HostileInput.fitted(c, ServiceDraft.ORGANISATION_MAX) : c.text();
        TrackedService existing = participation.service(partnership.id());
        String newName = TestData.unique("Renamed");
        int before = serviceNames(partnership).size();

        if (c.accepted()) {
            TrackedService created = AsUser.call(lead, () -> distanceTravelled.createService(partnership.id(),
                    serviceDraft(TestData.unique("Hostile org"), organisation)));
            AsUser.run(lead, () -> distanceTravelled.updateService(existing.id(), existing.version(),
                    serviceDraft(newName, organisation)));
            assertThat(AsUser.call(lead, () -> distanceTravelled.service(created.id()).owningOrganisation()))
                    .isEqualTo(organisation.strip());
            assertThat(AsUser.call(lead, () -> distanceTravelled.service(existing.id()).owningOrganisation()))
                    .isEqualTo(organisation.strip());
            assertThat(serviceNames(partnership)).hasSize(before + 1);
        } else {
            refusedOn(() -> AsUser.run(lead, () -> distanceTravelled.createService(partnership.id(),
                    serviceDraft(TestData.unique("Hostile org"), organisation))), "owningOrganisation");
            refusedOn(() -> AsUser.run(lead, () -> distanceTravelled.updateService(existing.id(), existing.version(),
                    serviceDraft(newName, organisation))), "owningOrganisation");
            TrackedService unchanged = AsUser.call(lead, () -> distanceTravelled.service(existing.id()));
            assertThat(unchanged.name()).isEqualTo(existing.name());
            assertThat(unchanged.owningOrganisation()).isEqualTo(existing.owningOrganisation());
            assertThat(unchanged.version()).isEqualTo(existing.version());
            assertThat(serviceNames(partnership)).hasSize(before).doesNotContain(newName);
        }
    }

    @ParameterizedTest(name = "observation evidence: {0}")
    @MethodSource("corpus")
    void observationEvidenceIsStoredVerbatimOrRefusedWithNothingSaved(HostileInput.Case c) {
        String evidence = c.accepted() ? HostileInput.fitted(c, ObservationDraft.EVIDENCE_MAX) : c.text();
        TrackedService service = participation.service(partnership.id());
        ObservationDraft draft = ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 3, evidence);

        if (c.accepted()) {
            AsUser.run(staff, () -> distanceTravelled.recordObservation(service.id(), draft));
        } else {
            refusedOn(() -> AsUser.run(staff, () -> distanceTravelled.recordObservation(service.id(), draft)),
                    "evidence");
        }

        List<Observation> history = AsUser.call(lead, () -> distanceTravelled.journey(service.id())).history();
        if (c.accepted()) {
            assertThat(history).singleElement().extracting(Observation::evidence).isEqualTo(evidence.strip());
        } else {
            assertThat(history).isEmpty();
        }
    }
}
