package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
}
