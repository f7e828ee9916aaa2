package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.feedback.Questionnaire;
import org.cjengage.core.outputs.OutputsScaleData;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The open-data file is written as it is read (issue 16), and it is the same file as before, byte for byte: each test
 * compares the streamed file with what the former tree-based writer ({@link OpenDataTreeWriter}: records, then each
 * part as a tree, then Jackson) writes for the same data and the same {@code exportedAt}. The same beans as
 * {@link OpenDataRoundTripTest} (one Spring context for both), so a host-style extension that only builds a tree
 * ({@code notes}) is in the file too.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@Import({OpenDataRoundTripTest.RecordingExportHook.class, OpenDataRoundTripTest.NotesExtension.class})
class OpenDataStreamedFileTest {

    /** A line that a writer must escape, or must leave as it is: quotes, backslash, markup, accents, non-BMP. */
    static final String AWKWARD = "Co-design \"workshops\" \\ path </script> ünïcödé 🙂 €";
    /** Longer text of several lines. */
    static final String LINES = AWKWARD + "\nsecond line\r\n\tindented";

    @Autowired OpenDataService openData;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired AssessmentService assessments;
    @Autowired DistanceTravelledService participation;
    @Autowired OutputsScaleData scale;
    @Autowired Questionnaire questionnaire;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    /** The streamed file, and the one the tree-based writer writes with the same {@code exportedAt}. */
    private record Files(String streamed, String byTree) {
    }

    private Files bothFiles(EngagementPrincipal user, long partnershipId) {
        byte[] streamed = AsUser.call(user, () -> openData.exportJson(partnershipId));
        String exportedAt = OpenDataService.MAPPER.readTree(streamed).get("exportedAt").asString();
        byte[] byTree = AsUser.call(user, () -> new OpenDataTreeWriter(context).exportJson(partnershipId, exportedAt));
        assertThat(streamed).as("the same bytes").isEqualTo(byTree);
        return new Files(new String(streamed, StandardCharsets.UTF_8), new String(byTree, StandardCharsets.UTF_8));
    }

    @Test
    void aPartnershipWithEveryKindOfRecordIsWrittenByteForByteAsTheTreeWriterWroteIt() {
        // Given three plans (the pinned one, one without activities, a newer one), activities with every field and
        // awkward text, assessments of two assessors, feedback, a tracked service with a correction and a note
        Partnership source = data.partnership();
        EngagementPrincipal admin = data.user(Role.ADMIN, source.id());
        ActionPlan older = data.plan(source.id());
        long full = AsUser.call(admin, () -> {
            plans.createPlan(source.id(), new PlanDraft("Empty plan " + AWKWARD, null, LocalDate.of(2026, 4, 1),
                    LocalDate.of(2027, 3, 31)));
            ActionPlan newer = plans.createPlan(source.id(), new PlanDraft("Newer plan", "Outcome",
                    LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31)));
            plans.pinCurrentPlan(source.id(), older.id());
            var activity = plans.createActivity(older.id(), new ActivityDraft(AWKWARD, "ENGAGE",
                    Set.of("THIRD_SECTOR", "PEOPLE_WITH_CONVICTIONS"), Set.of("EMPLOYABILITY", "AGE"),
                    PlanStatus.IN_PROGRESS, "Lead " + AWKWARD,
                    Set.of(new ActivityPurpose("KNOWLEDGE", null, null, null, null),
                            new ActivityPurpose("DECISION_MAKING", "People " + AWKWARD, "Hub", "Pathway", null)),
                    Set.of("PROJECT_INVOLVEMENT", "FACE_TO_FACE"), "PLAN", LocalDate.of(2026, 1, 10),
                    LocalDate.of(2026, 12, 20), LocalDate.of(2026, 2, 1), null,
                    new VoiceCycle(LINES, null, "Partners", null, "Outcomes", null, null, "Weeks", "Happened",
                            null, 12, "Lessons", "You said " + LINES, null)));
            plans.createActivity(older.id(), ActivityDraft.of("Minimal row", "INFORM", Set.of()));
            plans.createActivity(newer.id(), ActivityDraft.of("Forum", "CONSULT", Set.of("VICTIMS")));
            return activity.id();
        });
        long other = AsUser.call(admin, () -> plans.activities(older.id(), 0, 10).stream()
                .filter(a -> a.id() != full).findFirst().orElseThrow().id());
        givenAssessments(source, admin, full, other);
        givenServices(source, admin, full, other);
        givenFeedback(source, full, other);
        OpenDataRoundTripTest.NotesExtension.NOTES.put(full, "Note " + AWKWARD);

        // When the file is exported, and written by the tree-based writer with the same exportedAt
        Files files = bothFiles(admin, source.id());

        // Then the two are the same bytes (asserted above) and the file holds every kind of record
        assertThat(files.streamed()).isEqualTo(files.byTree());
        JsonNode tree = OpenDataService.MAPPER.readTree(files.streamed());
        assertThat(tree.get("plans")).hasSize(3);
        assertThat(tree.get("plans").get(1).get("activities")).isEmpty();
        assertThat(tree.get("plans").get(2).get("current").asString()).isEqualTo("true");
        assertThat(tree.get("extensions").propertyNames())
                .containsExactlyInAnyOrder("assessments", "participation", "feedback", "notes");
        assertThat(tree.get("extensions").get("assessments").get("assessments")).hasSize(3);
        assertThat(tree.get("extensions").get("feedback").get("responses")).hasSize(2);
        assertThat(files.streamed()).contains("\\\"workshops\\\" \\\\ path </script> ünïcödé 🙂 €\\nsecond line\\r\\n\\tindented \\u0001")
                .contains("\n  \"plans\" : [ {");
    }

    private void givenAssessments(Partnership source, EngagementPrincipal admin, long activity, long other) {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, source.id());
        EngagementPrincipal staff = data.user(Role.STAFF, source.id());
        String national = StandardIds.NATIONAL_STANDARDS;
        Assessment review = AsUser.call(admin, () -> {
            Assessment started = assessments.start(activity, national, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("2a", 3, "Minutes"),
                    ScoreInput.notApplicable("1b"), ScoreInput.of("1a", 5, "Sign-in sheets " + LINES)));
        });
        AsUser.call(lead, () -> assessments.approve(review.id(), review.version()));
        Assessment second = AsUser.call(staff, () -> {
            Assessment started = assessments.start(activity, national, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 2, "Only two")));
        });
        AsUser.call(lead, () -> assessments.returnToDraft(second.id(), second.version(), "Add the venue " + AWKWARD));
        AsUser.call(admin, () -> {
            Assessment draft = assessments.start(other, national, CycleStage.PLANNING_CHECK);
            return assessments.saveDraft(draft.id(), draft.version(), List.of(ScoreInput.of("3a", 4, null)));
        });
    }

    private void givenServices(Partnership source, EngagementPrincipal admin, long activity, long other) {
        AsUser.run(admin, () -> {
            TrackedService service = participation.createService(source.id(), new ServiceDraft("Unpaid work " + AWKWARD,
                    "Justice social work", Sector.STATUTORY, Set.of("VICTIMS", "PEOPLE_WITH_CONVICTIONS"), 6,
                    LocalDate.of(2028, 3, 31)));
            participation.createService(source.id(), new ServiceDraft("Peer mentoring", "Third sector forum",
                    Sector.THIRD_SECTOR, Set.of(), 4, LocalDate.of(2027, 3, 31)));
            LocalDate today = participation.today();
            participation.recordObservation(service.id(), new ObservationDraft(today.minusMonths(10), 2, "Baseline",
                    true, Set.of(), null));
            Observation wrong = participation.recordObservation(service.id(), new ObservationDraft(today.minusMonths(4),
                    5, "Typed the wrong stage", false, Set.of(activity), null));
            participation.recordObservation(service.id(), new ObservationDraft(today.minusMonths(4), 3,
                    "Workshop notes " + LINES, false, Set.of(other, activity), wrong.id()));
        });
    }

    /** Two accepted responses (a score, a text, a community) and a pending one, which open data leaves out. */
    private void givenFeedback(Partnership source, long activity, long other) {
        insertResponse(source.id(), activity, "ACCEPTED", "Q1", 4, LINES + " \u0001", "VICTIMS");
        insertResponse(source.id(), other, "ACCEPTED", "Q2", null, "Fine", null);
        insertResponse(source.id(), other, "PENDING", "Q1", 1, "Not moderated yet", null);
    }

    private void insertResponse(long partnershipId, long activityId, String status, String question, Integer score,
                                String text, String community) {
        jdbc.update("INSERT INTO feedback_response (activity_id, partnership_id, questionnaire_id, questionnaire_version,"
                + " received_on, status) VALUES (?, ?, ?, ?, ?, ?)", activityId, partnershipId, questionnaire.id(),
                questionnaire.version(), LocalDate.of(2026, 3, 1), status);
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM feedback_response WHERE activity_id = ?", Long.class, activityId);
        jdbc.update("INSERT INTO feedback_answer (response_id, question_code, score, answer_text, choice_code)"
                + " VALUES (?, ?, ?, ?, ?)", id, question, score, null, null);
        jdbc.update("INSERT INTO feedback_answer (response_id, question_code, score, answer_text, choice_code)"
                + " VALUES (?, ?, ?, ?, ?)", id, question + "-text", null, text, community);
    }

    @Test
    void twoHundredGeneratedActivitiesAreWrittenByteForByteAsTheTreeWriterWroteThem() {
        // Given 223 activities, each with VOiCE texts, a purpose, an approved assessment and two feedback responses
        OutputsScaleData.Generated generated = scale.generate(200, 20, OutputsScaleData.UNDATED);

        // When exported both ways, then the bytes are the same (asserted in bothFiles)
        Files files = bothFiles(generated.lead(), generated.partnership().id());

        JsonNode tree = OpenDataService.MAPPER.readTree(files.streamed());
        assertThat(tree.get("plans").get(0).get("activities")).hasSize(223);
        assertThat(tree.get("extensions").get("assessments").get("assessments")).hasSize(223);
        assertThat(tree.get("extensions").get("feedback").get("responses")).hasSize(446);
    }

    @Test
    void aPartnershipWithoutPlansIsWrittenByteForByteAsTheTreeWriterWroteIt() {
        Partnership empty = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, empty.id());

        Files files = bothFiles(lead, empty.id());

        assertThat(files.streamed()).contains("\"plans\" : [ ]", "\"extensions\" : { }");
    }

    @Test
    void aPartThatWritesNothingHasNoTreeAndAPartIsStartedOnce() {
        assertThat(OpenDataValues.tree("quiet", out -> { })).isNull();
        JsonNode part = OpenDataValues.tree("rows", out -> {
            var g = out.start();
            g.writeStartObject();
            g.writeStringProperty("version", "1.0");
            g.writeNullProperty("empty");
            g.writeEndObject();
            assertThatThrownBy(out::start).isInstanceOf(IllegalStateException.class);
        });
        assertThat(part.get("version").asString()).isEqualTo("1.0");
        assertThat(part.get("empty").isNull()).isTrue();
    }
}
