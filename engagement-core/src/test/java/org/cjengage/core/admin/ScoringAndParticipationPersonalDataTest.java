package org.cjengage.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.ParticipationTestData;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentRepository;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.IndicatorScore;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.HostileInput;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The personal data export carries what a person wrote in scoring and distance travelled: the assessments
 * they made (with their evidence), the submissions they sent back (with their reason) and the observations
 * they recorded. An admin sees only records of the partnerships they administer; a national admin sees all.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ScoringAndParticipationPersonalDataTest {

    static final String EVIDENCE = HostileInput.GAELIC;
    static final String REASON = "Cuir ris na h-àireamhan, please 🙏";
    static final String OBSERVATION = "Focus group <b>notes</b>; O'Brien's group took part";
    static final String ELSEWHERE = "Evidence written while in the other partnership";

    @Autowired PersonalDataService personalData;
    @Autowired UserAdminService userAdmin;
    @Autowired AssessmentService scoring;
    @Autowired AssessmentRepository assessmentRepository;
    @Autowired DistanceTravelledService distanceTravelled;
    @Autowired ParticipationTestData participation;
    @Autowired UserRepository users;
    @Autowired TestData data;

    final JsonMapper json = new JsonMapper();
    Partnership own;
    Partnership former;
    EngagementPrincipal person;
    EngagementPrincipal lead;
    EngagementPrincipal admin;
    EngagementActivity activity;
    Assessment assessment;
    Assessment formerAssessment;
    Observation observation;
    Observation formerObservation;
    TrackedService service;

    @BeforeEach
    void personWorkedInTwoPartnershipsThenLeftOne() {
        own = data.partnership();
        former = data.partnership();
        person = data.userWith(Set.of(Membership.in(own.id(), Role.STAFF), Membership.in(former.id(), Role.STAFF)));
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        admin = data.user(Role.ADMIN, own.id());
        activity = data.activity(data.plan(own.id()), "Community payback open day");
        EngagementActivity formerActivity = data.activity(data.plan(former.id()), "Other partnership's forum");

        Assessment started = AsUser.call(person, () -> scoring.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        Assessment submitted = AsUser.call(person, () -> scoring.submit(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 5, EVIDENCE), ScoreInput.notApplicable("1b"))));
        assessment = AsUser.call(lead, () -> scoring.returnToDraft(submitted.id(), submitted.version(), REASON));
        Assessment formerStarted = AsUser.call(person, () -> scoring.start(formerActivity.id(),
                StandardIds.NATIONAL_STANDARDS, CycleStage.PLANNING_CHECK));
        formerAssessment = AsUser.call(person, () -> scoring.saveDraft(formerStarted.id(), formerStarted.version(),
                List.of(ScoreInput.of("1a", 2, ELSEWHERE))));

        service = participation.service(own.id());
        observation = AsUser.call(person, () -> distanceTravelled.recordObservation(service.id(),
                ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE).minusDays(3), 4, OBSERVATION).linkedTo(Set.of(activity.id()))));
        TrackedService formerService = participation.service(former.id());
        formerObservation = AsUser.call(person, () -> distanceTravelled.recordObservation(formerService.id(),
                ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 2, ELSEWHERE)));

        EngagementPrincipal nationalAdmin = data.user(Role.ADMIN, null);
        int version = users.findById(person.userId()).orElseThrow().version();
        AsUser.run(nationalAdmin, () -> userAdmin.setRole(person.userId(), version, former.id(), null));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private JsonNode export(EngagementPrincipal by, long userId) {
        return json.readTree(AsUser.call(by, () -> personalData.export(userId)));
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }

    @Test
    void theExportHoldsTheAssessmentsThePersonMadeWithTheirEvidence() {
        JsonNode authored = export(admin, person.userId()).get("assessments").get("authored");

        assertThat(ids(authored, "id")).containsExactly(assessment.id());
        JsonNode a = authored.get(0);
        assertThat(a.get("activityId").asLong()).isEqualTo(activity.id());
        assertThat(a.get("partnershipId").asLong()).isEqualTo(own.id());
        assertThat(a.get("framework").asString()).isEqualTo(StandardIds.NATIONAL_STANDARDS);
        assertThat(a.get("frameworkVersion").asString()).isEqualTo(assessment.frameworkVersion());
        assertThat(a.get("stage").asString()).isEqualTo("REVIEW");
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        assertThat(a.get("createdAt").asString()).isNotBlank();
        assertThat(a.get("updatedAt").asString()).isNotBlank();
        JsonNode scores = a.get("scores");
        assertThat(scores).hasSize(2);
        assertThat(scores.get(0).get("indicator").asString()).isEqualTo("1a");
        assertThat(scores.get(0).get("value").asInt()).isEqualTo(5);
        assertThat(scores.get(0).get("evidence").asString()).isEqualTo(EVIDENCE);
        assertThat(scores.get(1).get("notApplicable").asBoolean()).isTrue();
    }

    @Test
    void theExportHoldsTheObservationsThePersonRecorded() {
        JsonNode observations = export(admin, person.userId()).get("participationObservations");

        assertThat(ids(observations, "id")).containsExactly(observation.id());
        JsonNode o = observations.get(0);
        assertThat(o.get("serviceId").asLong()).isEqualTo(service.id());
        assertThat(o.get("service").asString()).isEqualTo(service.name());
        assertThat(o.get("observedOn").asString()).isEqualTo(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE).minusDays(3).toString());
        assertThat(o.get("stage").asInt()).isEqualTo(4);
        assertThat(o.get("evidence").asString()).isEqualTo(OBSERVATION);
        assertThat(o.get("recordedAt").asString()).isNotBlank();
    }

    @Test
    void aReviewersExportHoldsTheReasonTheyGaveForSendingASubmissionBack() {
        JsonNode reviewed = export(admin, lead.userId()).get("assessments").get("reviewed");

        assertThat(ids(reviewed, "assessmentId")).containsExactly(assessment.id());
        assertThat(reviewed.get(0).get("returnReason").asString()).isEqualTo(REASON);
        assertThat(export(admin, lead.userId()).get("assessments").get("authored")).isEmpty();
    }

    @Test
    void assessmentsThePersonImportedAreListedApartWithoutTheUnnamedAssessorsEvidence() {
        String othersWords = "Written by an assessor in the partnership the file came from";
        Instant now = Instant.now();
        Assessment imported = assessmentRepository.save(new Assessment(null, activity.id(), own.id(), person.userId(),
                2, StandardIds.NATIONAL_STANDARDS, assessment.frameworkVersion(), CycleStage.REVIEW,
                AssessmentStatus.SUBMITTED, Set.of(IndicatorScore.scored("1", "1a", 4, othersWords)), null, null, now,
                null, null, now, now));

        JsonNode section = export(admin, person.userId()).get("assessments");

        assertThat(ids(section.get("authored"), "id")).containsExactly(assessment.id());
        assertThat(ids(section.get("imported"), "id")).containsExactly(imported.id());
        assertThat(section.get("imported").get(0).get("importedAssessor").asInt()).isEqualTo(2);
        assertThat(section.get("imported").get(0).has("scores")).isFalse();
        assertThat(section.toString()).doesNotContain(othersWords);
    }

    @Test
    void aPartnershipAdminDoesNotSeeWhatThePersonWroteInAPartnershipTheyLeft() {
        String text = new String(AsUser.call(admin, () -> personalData.export(person.userId())),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).doesNotContain(ELSEWHERE);
        JsonNode all = export(data.user(Role.ADMIN, null), person.userId());
        assertThat(ids(all.get("assessments").get("authored"), "id"))
                .containsExactly(assessment.id(), formerAssessment.id());
        assertThat(ids(all.get("participationObservations"), "id"))
                .containsExactly(observation.id(), formerObservation.id());
        assertThat(all.get("participationObservations").get(1).get("evidence").asString()).isEqualTo(ELSEWHERE);
    }
}
