package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cjengage.core.common.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The published JSON Schema documents exactly the fields the exporter writes and the importer reads. */
class OpenDataSchemaTest {

    private static JsonNode schema() throws IOException {
        try (InputStream in = OpenDataSchemaTest.class.getResourceAsStream("/org/cjengage/core/opendata/open-data-v1.schema.json")) {
            return OpenDataService.MAPPER.readTree(in);
        }
    }

    private static Set<String> fields(JsonNode schema, String pointer) {
        return new TreeSet<>(schema.at(pointer).propertyNames());
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRecordOfTheFileIsDescribedFieldForField() throws IOException {
        JsonNode schema = schema();

        assertThat(fields(schema, "/properties")).isEqualTo(components(OpenDataFile.class));
        assertThat(fields(schema, "/$defs/partnership/properties")).isEqualTo(components(OpenDataFile.PartnershipData.class));
        assertThat(fields(schema, "/$defs/plan/properties")).isEqualTo(components(OpenDataFile.PlanData.class));
        assertThat(fields(schema, "/$defs/activity/properties")).isEqualTo(components(OpenDataFile.ActivityData.class));
        assertThat(fields(schema, "/$defs/purpose/properties")).isEqualTo(components(OpenDataFile.PurposeData.class));
        assertThat(fields(schema, "/$defs/voice/properties")).isEqualTo(components(OpenDataFile.VoiceData.class));
    }

    @Test
    void theSchemaNamesTheVersionTheCodeWritesLastAndOnlyVersionsItReads() throws IOException {
        JsonNode schema = schema();

        JsonNode versions = schema.at("/properties/schemaVersion/enum");
        assertThat(versions.get(versions.size() - 1).asString()).isEqualTo(OpenDataFile.SCHEMA_VERSION);
        versions.forEach(v -> assertThat(OpenDataValues.readable(v.asString(), OpenDataFile.SCHEMA_VERSION)).isTrue());
        assertThat(schema.at("/properties/schema/const").asString()).isEqualTo(OpenDataFile.SCHEMA_ID);
        assertThat(schema.at("/$id").asString()).isEqualTo(OpenDataFile.SCHEMA_ID);
    }

    @Test
    void aVersionIsReadWhenItHasTheSameMajorNumberAndNoLaterMinorNumber() {
        assertThat(OpenDataValues.readable("1.0", "1.1")).isTrue();
        assertThat(OpenDataValues.readable("1.1", "1.1")).isTrue();
        assertThat(OpenDataValues.readable("1.1", "1.2")).isTrue();
        assertThat(OpenDataValues.readable("1.2", "1.1")).as("may hold fields this system would drop").isFalse();
        assertThat(OpenDataValues.readable("2.0", "1.1")).isFalse();
        assertThat(OpenDataValues.readable("0.9", "1.1")).isFalse();
        assertThat(OpenDataValues.readable("1", "1.1")).isFalse();
        assertThat(OpenDataValues.readable(null, "1.1")).isFalse();
    }

    private static List<Violation> problems(String json) {
        return OpenDataSchema.problems(OpenDataService.MAPPER.readTree(json));
    }

    private static final String HEAD = "{\"schema\": \"" + OpenDataFile.SCHEMA_ID + "\", \"schemaVersion\": \"1.2\","
            + " \"exportedAt\": \"2026-12-06T09:00:00Z\", \"partnership\": {\"code\": \"P-1\", \"name\": \"P\"},";

    @Test
    void aFileAsExportedHasNoStructuralProblem() {
        assertThat(problems(HEAD + "\"plans\": [{\"ref\": \"plan-1\", \"title\": \"T\", \"periodStart\": \"2026-04-01\","
                + " \"periodEnd\": \"2027-03-31\", \"current\": \"true\", \"activities\": [{\"ref\": \"activity-1\","
                + " \"description\": \"D\", \"level\": \"INFORM\", \"status\": \"NOT_STARTED\","
                + " \"voice\": {\"analyseIssue\": \"=1+1\", \"doParticipants\": \"12\"}}]}]}")).isEmpty();
    }

    @Test
    void structuralProblemsAreReportedAtTheirPlaceWithTheProjectsMessageKeys() {
        String activity = "{\"ref\": \"activity-1\", \"level\": \"INFORM\", \"status\": \"LATER\","
                + " \"plannedStart\": \"31/12/2026\", \"colour\": \"red\", \"tags\": [\"AGE\", \"AGE\"],"
                + " \"voice\": {\"doParticipants\": \"many\"}, \"description\": \"" + "x".repeat(2001) + "\"}";
        List<Violation> found = problems(HEAD.replace("1.2", "1.9") + "\"plans\": [{\"ref\": \"plan-1\","
                + " \"periodStart\": \"2026-04-01\", \"periodEnd\": \"2027-03-31\", \"current\": \"yes\","
                + " \"activities\": [" + activity + "]}]}");

        assertThat(found).containsExactlyInAnyOrder(
                new Violation("schemaVersion", "validation.opendata.schemaVersion", "1.9", OpenDataFile.SCHEMA_VERSION),
                new Violation("plans[0].title", "validation.required"),
                new Violation("plans[0].current", "validation.opendata.yesNo", "yes"),
                new Violation("plans[0].activities[0].status", "validation.unknownCode", "LATER"),
                new Violation("plans[0].activities[0].plannedStart", "validation.opendata.date", "31/12/2026"),
                new Violation("plans[0].activities[0].colour", "validation.opendata.unknownField", "colour"),
                new Violation("plans[0].activities[0].tags", "validation.opendata.notUnique"),
                new Violation("plans[0].activities[0].voice.doParticipants", "validation.opendata.whole", "many"),
                new Violation("plans[0].activities[0].description", "validation.tooLong", 2000));
    }

    @Test
    void aValueOfTheWrongKindIsAShapeProblemAndAPartThatIsNotAnObjectIsNamed() {
        List<Violation> found = problems(HEAD + "\"plans\": {}, \"extensions\": {\"assessments\": [],"
                + " \"participation\": {\"version\": \"1.0\", \"services\": 3}}}");

        assertThat(found).containsExactlyInAnyOrder(new Violation("plans", "validation.opendata.wrongShape"),
                new Violation("extensions.assessments", "validation.opendata.notAPart"),
                new Violation("extensions.participation.services", "validation.opendata.notAList"));
        assertThat(found).allMatch(OpenDataSchema::isShape);
    }
}
