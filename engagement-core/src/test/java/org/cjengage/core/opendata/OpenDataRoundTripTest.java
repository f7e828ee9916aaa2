package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.scoring.ActivityScores;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessorComparison;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(classes = CoreTestApplication.class)
@Import({OpenDataRoundTripTest.RecordingExportHook.class, OpenDataRoundTripTest.NotesExtension.class})
class OpenDataRoundTripTest {

    /** Stands in for the security-event service: records each export event. */
    @TestConfiguration
    static class RecordingExportHook {
        static final List<String> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        org.cjengage.core.security.ExportEventHook recordingHook() {
            return (partnershipId, what, format) -> EVENTS.add(partnershipId + ":" + what + ":" + format);
        }
    }

    /** Stands in for the assessments another feature will add: notes per activity, kept in memory. */
    @TestConfiguration
    static class NotesExtension {
        static final Map<Long, String> NOTES = new ConcurrentHashMap<>();

        @Bean
        OpenDataExtension notes() {
            return new OpenDataExtension() {
                @Override
                public String name() {
                    return "notes";
                }

                @Override
                public JsonNode export(long partnershipId, OpenDataRefs refs) {
                    ArrayNode out = OpenDataService.MAPPER.createArrayNode();
                    NOTES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .forEach(e -> refs.activityRef(e.getKey()).ifPresent(ref ->
                                    out.addObject().put("activity", ref).put("note", e.getValue())));
                    return out.isEmpty() ? null : out;
                }

                @Override
                public void validate(JsonNode data, OpenDataRefs refs, Checks checks) {
                    for (int i = 0; i < data.size(); i++) {
                        String ref = data.get(i).path("activity").asString();
                        checks.that(refs.activityId(ref).isPresent(), "extensions.notes[" + i + "].activity",
                                "validation.unknownCode", ref);
                    }
                }

                @Override
                public void importData(JsonNode data, long partnershipId, OpenDataRefs refs) {
                    data.forEach(n -> NOTES.put(refs.activityId(n.path("activity").asString()).orElseThrow(),
                            n.path("note").asString()));
                }
            };
        }
    }

    @Autowired OpenDataService openData;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired AssessmentService assessments;
    @Autowired DistanceTravelledService participation;
    @Autowired StandardsCatalogue standards;
    @Autowired JdbcTemplate jdbc;

    Partnership source;
    EngagementPrincipal admin;
    EngagementPrincipal nationalAdmin;

    @BeforeEach
    void givenAPartnershipWithTwoPlans() {
        source = data.partnership();
        admin = data.user(Role.ADMIN, source.id());
        nationalAdmin = data.user(Role.ADMIN, null);
        ActionPlan older = data.plan(source.id());
        ActionPlan newer = AsUser.call(admin, () -> plans.createPlan(source.id(),
                new org.cjengage.core.plan.PlanDraft("Newer plan", null, LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31))));
        AsUser.run(admin, () -> {
            var full = plans.createActivity(older.id(), new ActivityDraft("Co-design workshops, with \"quotes\" & ünïcödé",
                    "ENGAGE", Set.of("PEOPLE_WITH_CONVICTIONS", "THIRD_SECTOR"), Set.of("EMPLOYABILITY", "AGE"),
                    PlanStatus.IN_PROGRESS, "Employability lead",
                    Set.of(new ActivityPurpose("DECISION_MAKING", "People with lived experience", "Hub", "Pathway", null),
                            ActivityPurpose.of("KNOWLEDGE")),
                    Set.of("FACE_TO_FACE", "PROJECT_INVOLVEMENT"), "PLAN", LocalDate.of(2026, 1, 10),
                    LocalDate.of(2026, 12, 20), LocalDate.of(2026, 2, 1), null));
            plans.createActivity(older.id(), ActivityDraft.of("Minimal row", "INFORM", Set.of()));
            plans.createActivity(newer.id(), ActivityDraft.of("Forum", "CONSULT", Set.of("VICTIMS")));
            NotesExtension.NOTES.put(full.id(), "Scored 5 on inclusion");
            givenAssessmentsAndObservations(full.id(), older.id());
        });
    }

    /**
     * Two assessors' approved reviews of the same activity (they disagree on standard 1), a returned and a draft
     * assessment; a service with a baseline, a linked and a corrected observation.
     */
    private void givenAssessmentsAndObservations(long activityId, long planId) {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, source.id());
        String national = StandardIds.NATIONAL_STANDARDS;
        Assessment review = assessments.start(activityId, national, CycleStage.REVIEW);
        review = assessments.submit(review.id(), review.version(), List.of(ScoreInput.of("1a", 5, "Sign-in sheets, \"quoted\""),
                ScoreInput.notApplicable("1b"), ScoreInput.of("2a", 3, "Minutes")));
        Assessment submitted = review;
        AsUser.call(lead, () -> assessments.approve(submitted.id(), submitted.version()));
        EngagementPrincipal staff = data.user(Role.STAFF, source.id());
        Assessment secondReview = AsUser.call(staff, () -> {
            Assessment started = assessments.start(activityId, national, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 2, "Only two came"),
                    ScoreInput.of("2a", 3, "Minutes")));
        });
        AsUser.call(lead, () -> assessments.approve(secondReview.id(), secondReview.version()));
        AsUser.signIn(admin);
        Assessment planning = assessments.start(activityId, national, CycleStage.PLANNING_CHECK);
        planning = assessments.submit(planning.id(), planning.version(), List.of(ScoreInput.of("1a", 2, "Draft plan")));
        Assessment returned = planning;
        AsUser.call(lead, () -> assessments.returnToDraft(returned.id(), returned.version(), "Add the venue evidence"));
        AsUser.signIn(admin);
        long otherActivity = plans.activities(planId, 0, 10).stream().filter(a -> a.id() != activityId).findFirst().orElseThrow().id();
        Assessment draft = assessments.start(otherActivity, national, CycleStage.REVIEW);
        assessments.saveDraft(draft.id(), draft.version(), List.of(ScoreInput.of("3a", 4, "ünïcödé notes")));

        TrackedService service = participation.createService(source.id(), new ServiceDraft("Unpaid work", "Justice social work",
                Sector.STATUTORY, Set.of("PEOPLE_WITH_CONVICTIONS", "VICTIMS"), 6, LocalDate.of(2028, 3, 31)));
        participation.createService(source.id(), new ServiceDraft("Peer mentoring", "Third sector forum",
                Sector.THIRD_SECTOR, Set.of(), 4, LocalDate.of(2027, 3, 31)));
        LocalDate today = participation.today();
        participation.recordObservation(service.id(), new ObservationDraft(today.minusMonths(10), 2, "Baseline survey",
                true, Set.of(), null));
        Observation wrong = participation.recordObservation(service.id(), new ObservationDraft(today.minusMonths(4), 5,
                "Typed the wrong stage", false, Set.of(activityId), null));
        participation.recordObservation(service.id(), new ObservationDraft(today.minusMonths(4), 3,
                "Workshop notes", false, Set.of(activityId, otherActivity), wrong.id()));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private static JsonNode withoutVolatileFields(byte[] json) {
        ObjectNode tree = (ObjectNode) OpenDataService.MAPPER.readTree(json);
        tree.remove("exportedAt");
        tree.remove("partnership");
        return tree;
    }

    @Test
    void exportImportIntoAFreshPartnershipAndExportAgainGivesTheSameFile() {
        byte[] first = AsUser.call(admin, () -> openData.exportJson(source.id()));
        String code = TestData.unique("COPY");

        ImportResult result = AsUser.call(nationalAdmin, () -> openData.importJson(first,
                new ImportTarget.NewPartnership(code, "Copied partnership", null)));
        byte[] second = AsUser.call(nationalAdmin, () -> openData.exportJson(result.partnershipId()));

        assertThat(result.plans()).isEqualTo(2);
        assertThat(result.activities()).isEqualTo(3);
        assertThat(withoutVolatileFields(second)).isEqualTo(withoutVolatileFields(first));
        JsonNode tree = OpenDataService.MAPPER.readTree(second);
        assertThat(tree.path("schemaVersion").asString()).isEqualTo("1.2");
        assertThat(tree.path("partnership").path("code").asString()).isEqualTo(code);
        assertThat(tree.path("extensions").path("notes").get(0).path("note").asString()).isEqualTo("Scored 5 on inclusion");
        assertThat(new String(second, StandardCharsets.UTF_8)).contains("ünïcödé");
        JsonNode assessed = tree.path("extensions").path("assessments").path("assessments");
        assertThat(assessed).hasSize(4);
        assertThat(reviewsOfTheWorkshops(assessed)).extracting(r -> r.path("assessor").asString())
                .containsExactly("assessor-1", "assessor-2");
        JsonNode approved = byField(assessed, "status", "APPROVED");
        assertThat(approved.path("approvedAt").isNull()).isFalse();
        assertThat(approved.path("framework").asString()).isEqualTo(StandardIds.NATIONAL_STANDARDS);
        assertThat(approved.path("scores").get(1).path("notApplicable").asString()).isEqualTo("true");
        assertThat(byField(assessed, "stage", "PLANNING_CHECK").path("returnReason").asString())
                .isEqualTo("Add the venue evidence");
        assertThat(new String(second, StandardCharsets.UTF_8)).doesNotContain(admin.username());
        JsonNode services = tree.path("extensions").path("participation").path("services");
        assertThat(services).hasSize(2);
        JsonNode observations = services.get(1).path("observations");
        assertThat(observations).hasSize(3);
        assertThat(observations.get(2).path("corrects").asString()).isEqualTo(observations.get(1).path("ref").asString());
        assertThat(observations.get(2).path("activities")).hasSize(2);
    }

    @Test
    void theSchemaDescribesEveryFieldOfTheAssessmentAndParticipationParts() throws java.io.IOException {
        JsonNode tree = OpenDataService.MAPPER.readTree(AsUser.call(admin, () -> openData.exportJson(source.id())));
        JsonNode schema;
        try (var in = OpenDataService.class.getResourceAsStream("open-data-v1.schema.json")) {
            schema = OpenDataService.MAPPER.readTree(in);
        }
        JsonNode assessment = tree.at("/extensions/assessments/assessments/0");
        JsonNode service = tree.at("/extensions/participation/services/0");
        assertThat(fields(tree.at("/extensions/assessments"))).isEqualTo(fields(schema.at("/$defs/assessmentsPart/properties")));
        JsonNode partVersions = schema.at("/$defs/assessmentsPart/properties/version/enum");
        assertThat(partVersions.get(partVersions.size() - 1).asString())
                .isEqualTo(tree.at("/extensions/assessments/version").asString());
        assertThat(fields(assessment)).isEqualTo(fields(schema.at("/$defs/assessment/properties")));
        assertThat(fields(assessment.at("/scores/0"))).isEqualTo(fields(schema.at("/$defs/score/properties")));
        assertThat(fields(tree.at("/extensions/participation"))).isEqualTo(fields(schema.at("/$defs/participationPart/properties")));
        assertThat(fields(service)).isEqualTo(fields(schema.at("/$defs/service/properties")));
        assertThat(fields(tree.at("/extensions/participation/services/1/observations/0")))
                .isEqualTo(fields(schema.at("/$defs/observation/properties")));
    }

    @Test
    void twoAssessorsOfTheSameActivityFrameworkAndStageAreImportedAsTwoAssessorsUnderTheImportingUser() {
        byte[] file = AsUser.call(admin, () -> openData.exportJson(source.id()));

        ImportResult result = AsUser.call(nationalAdmin, () -> openData.importJson(file,
                new ImportTarget.NewPartnership(TestData.unique("TWO"), "Two assessors", null)));

        long workshops = workshopsIn(result.partnershipId());
        ActivityScores scores = AsUser.call(nationalAdmin, () -> assessments.activityScores(workshops));
        assertThat(scores.counted(standards.nationalStandards(), CycleStage.REVIEW))
                .extracting(s -> s.assessment().assessorId(), s -> s.assessment().importedAssessor())
                .containsExactly(tuple(nationalAdmin.userId(), 1), tuple(nationalAdmin.userId(), 2));
        AssessorComparison comparison = scores.assessorsAt(standards.nationalStandards(), CycleStage.REVIEW);
        assertThat(comparison.assessors()).hasSize(2);
        AssessorComparison.Row inclusion = comparison.rows().getFirst();
        assertThat(inclusion.perAssessor()).containsExactly(5.0, 2.0);
        assertThat(inclusion.mean()).isEqualTo(3.5);
        assertThat(inclusion.spread()).isEqualTo(3.0);
        assertThat(inclusion.flagged()).isTrue();
        assertThat(jdbc.queryForObject("SELECT assessments FROM activity_standard_total WHERE activity_id = ?"
                + " AND framework_id = ? AND element_code = '1'", Integer.class, workshops,
                StandardIds.NATIONAL_STANDARDS)).as("both count on the dashboard radar").isEqualTo(2);
        Assessment own = AsUser.call(nationalAdmin, () -> assessments.start(workshops, StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        assertThat(own.isImported()).as("the importing user can still make their own").isFalse();
    }

    @Test
    void aVersion10FileWithoutAssessorKeysStillImportsAsOneAssessor() {
        ObjectNode file = exported();
        file.put("schemaVersion", "1.0");
        ObjectNode part = (ObjectNode) file.path("extensions").path("assessments");
        part.put("version", "1.0");
        ArrayNode rows = (ArrayNode) part.path("assessments");
        rows.remove(indexOf(rows, reviewsOfTheWorkshops(rows).get(1)));
        rows.forEach(row -> ((ObjectNode) row).remove("assessor"));

        ImportResult result = AsUser.call(nationalAdmin, () -> openData.importJson(
                OpenDataService.MAPPER.writeValueAsBytes(file), new ImportTarget.NewPartnership(TestData.unique("OLD"),
                        "Old file", null)));

        long workshops = workshopsIn(result.partnershipId());
        assertThat(AsUser.call(nationalAdmin, () -> assessments.activityScores(workshops)).assessments())
                .extracting(s -> s.assessment().assessorId(), s -> s.assessment().importedAssessor())
                .containsOnly(tuple(nationalAdmin.userId(), 1)).hasSize(2);
        JsonNode again = OpenDataService.MAPPER.readTree(AsUser.call(nationalAdmin,
                () -> openData.exportJson(result.partnershipId())));
        assertThat(again.at("/extensions/assessments/assessments")).hasSize(3)
                .allSatisfy(row -> assertThat(row.path("assessor").asString()).isEqualTo("assessor-1"));
    }

    @Test
    void twoAssessmentsOfTheSameActivityFrameworkStageAndAssessorKeyAreRefusedAtTheSecondRow() {
        ObjectNode file = exported();
        ArrayNode rows = (ArrayNode) file.at("/extensions/assessments/assessments");
        ObjectNode second = (ObjectNode) reviewsOfTheWorkshops(rows).get(1);
        second.put("assessor", "assessor-1");
        String at = "extensions.assessments.assessments[" + indexOf(rows, second) + "]";
        Partnership empty = data.partnership();
        EngagementPrincipal emptyAdmin = data.user(Role.ADMIN, empty.id());

        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(
                OpenDataService.MAPPER.writeValueAsBytes(file), new ImportTarget.Existing(empty.id()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(at, "validation.opendata.assessmentTwice")));
        second.remove("assessor");
        ((ObjectNode) reviewsOfTheWorkshops(rows).get(0)).remove("assessor");
        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(
                OpenDataService.MAPPER.writeValueAsBytes(file), new ImportTarget.Existing(empty.id()))))
                .as("rows without a key count as one assessor").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::messageKey)
                                .containsExactly("validation.opendata.assessmentTwice"));
        assertThat(AsUser.call(emptyAdmin, () -> plans.plansOf(empty.id()))).isEmpty();
    }

    private ObjectNode exported() {
        return (ObjectNode) OpenDataService.MAPPER.readTree(AsUser.call(admin, () -> openData.exportJson(source.id())));
    }

    /** The two assessors' reviews of the co-design workshops, in file order. */
    private static List<JsonNode> reviewsOfTheWorkshops(JsonNode rows) {
        List<JsonNode> reviews = new java.util.ArrayList<>();
        rows.forEach(row -> {
            if ("REVIEW".equals(row.path("stage").asString()) && "APPROVED".equals(row.path("status").asString())) {
                reviews.add(row);
            }
        });
        assertThat(reviews).hasSize(2);
        return reviews;
    }

    private static int indexOf(ArrayNode rows, JsonNode row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        throw new AssertionError("row not in the file");
    }

    private long workshopsIn(long partnershipId) {
        return AsUser.call(nationalAdmin, () -> plans.plansOf(partnershipId).stream()
                .flatMap(p -> plans.activities(p.id(), 0, 10).stream())
                .filter(a -> a.description().startsWith("Co-design workshops")).findFirst().orElseThrow().id());
    }

    private static java.util.Set<String> fields(JsonNode node) {
        assertThat(node.isObject()).isTrue();
        return new java.util.TreeSet<>(node.propertyNames());
    }

    private static JsonNode byField(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asString())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value);
    }

    @Test
    void badAssessmentAndObservationRowsAreReportedWithTheirPlaceAndNothingIsWritten() {
        ObjectNode file = (ObjectNode) OpenDataService.MAPPER.readTree(AsUser.call(admin, () -> openData.exportJson(source.id())));
        ObjectNode assessment = (ObjectNode) file.path("extensions").path("assessments").path("assessments").get(0);
        assessment.put("activity", "activity-99");
        ((ObjectNode) assessment.path("scores").get(0)).put("value", "9");
        assessment.put("stage", "LATER");
        ObjectNode service = (ObjectNode) file.path("extensions").path("participation").path("services").get(1);
        service.put("targetDate", "next year");
        ObjectNode observation = (ObjectNode) service.path("observations").get(0);
        observation.put("stage", "12");
        observation.put("corrects", "observation-3");
        Partnership empty = data.partnership();
        EngagementPrincipal emptyAdmin = data.user(Role.ADMIN, empty.id());

        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(
                OpenDataService.MAPPER.writeValueAsBytes(file), new ImportTarget.Existing(empty.id()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("extensions.assessments.assessments[0].activity",
                                "extensions.assessments.assessments[0].scores[0].value",
                                "extensions.assessments.assessments[0].stage",
                                "extensions.participation.services[1].targetDate",
                                "extensions.participation.services[1].observations[0].stage",
                                "extensions.participation.services[1].observations[0].corrects"));
        assertThat(AsUser.call(emptyAdmin, () -> plans.plansOf(empty.id()))).isEmpty();
        assertThat(AsUser.call(emptyAdmin, () -> participation.services(empty.id()))).isEmpty();
        assertThat(AsUser.call(emptyAdmin, () -> assessments.overview(empty.id()))).isEmpty();
    }

    @Test
    void everyExportIsReportedToTheExportEventHook() {
        AsUser.call(admin, () -> openData.exportJson(source.id()));

        assertThat(RecordingExportHook.EVENTS).contains(source.id() + ":open-data:json");
    }

    @Test
    void anImportWithBadRowsReportsEveryRowAndWritesNothing() {
        ObjectNode file = (ObjectNode) OpenDataService.MAPPER.readTree(AsUser.call(admin, () -> openData.exportJson(source.id())));
        ObjectNode firstActivity = (ObjectNode) file.path("plans").get(1).path("activities").get(0);
        firstActivity.put("level", "SHOUT");
        firstActivity.put("plannedStart", "31/12/2026");
        ((ObjectNode) file.path("plans").get(0)).put("title", "");
        Partnership empty = data.partnership();
        EngagementPrincipal emptyAdmin = data.user(Role.ADMIN, empty.id());

        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(
                OpenDataService.MAPPER.writeValueAsBytes(file), new ImportTarget.Existing(empty.id()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("plans[1].activities[0].level",
                                "plans[1].activities[0].plannedStart", "plans[0].title"));
        assertThat(AsUser.call(emptyAdmin, () -> plans.plansOf(empty.id()))).isEmpty();
    }

    @Test
    void anImportIntoAnEmptyPartnershipWorksButNotIntoOneWithPlans() {
        byte[] json = AsUser.call(admin, () -> openData.exportJson(source.id()));
        Partnership empty = data.partnership();
        EngagementPrincipal emptyAdmin = data.user(Role.ADMIN, empty.id());

        ImportResult result = AsUser.call(emptyAdmin, () -> openData.importJson(json, new ImportTarget.Existing(empty.id())));
        assertThat(result.partnershipId()).isEqualTo(empty.id());

        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(json, new ImportTarget.Existing(empty.id()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("target"));
        assertThat(AsUser.call(emptyAdmin, () -> plans.plansOf(empty.id()))).hasSize(2);
    }

    @Test
    void onlyAdminsImportAndOnlyMembersExport() {
        byte[] json = AsUser.call(admin, () -> openData.exportJson(source.id()));
        Partnership empty = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, empty.id());

        assertThatThrownBy(() -> AsUser.call(lead, () -> openData.importJson(json, new ImportTarget.Existing(empty.id()))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(admin, () -> openData.importJson(json,
                new ImportTarget.NewPartnership("NEW-X", "New", null)))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(lead, () -> openData.exportJson(source.id())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void garbageAndUnknownExtensionsAreRefusedWithAClearReason() {
        Partnership empty = data.partnership();
        EngagementPrincipal emptyAdmin = data.user(Role.ADMIN, empty.id());

        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson("{not json".getBytes(StandardCharsets.UTF_8),
                new ImportTarget.Existing(empty.id())))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().getFirst().messageKey()).isEqualTo("validation.opendata.unreadable"));
        String unknown = "{\"schema\":\"https://cjengage.org/schemas/open-data/v1.schema.json\",\"exportedAt\":\"2026-12-06T09:00:00Z\",\"partnership\":{\"code\":\"P\",\"name\":\"P\"},\"schemaVersion\":\"1.0\",\"plans\":[],\"extensions\":{\"mystery\":[1]}}";
        String newer = "{\"schema\":\"https://cjengage.org/schemas/open-data/v1.schema.json\",\"exportedAt\":\"2026-12-06T09:00:00Z\",\"partnership\":{\"code\":\"P\",\"name\":\"P\"},\"schemaVersion\":\"1.3\",\"plans\":[]}";
        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(newer.getBytes(StandardCharsets.UTF_8),
                new ImportTarget.Existing(empty.id())))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("schemaVersion",
                        "validation.opendata.schemaVersion", "1.3", "1.2")));
        assertThatThrownBy(() -> AsUser.call(emptyAdmin, () -> openData.importJson(unknown.getBytes(StandardCharsets.UTF_8),
                new ImportTarget.Existing(empty.id())))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("extensions.mystery"));
    }
}
