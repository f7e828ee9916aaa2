package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema that documents the file format for editors agrees with what the loader accepts. */
class FrameworkFileSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = new ClassPathResource("standards/schema/framework-file.schema.json").getInputStream()) {
            schema = new JsonMapper().readTree(in);
        }
    }

    @Test
    void schemaIsDraft2020AndNamesTheThreeFileTypes() {
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/properties/type/enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(StandardsLoader.TYPE_FRAMEWORK, StandardsLoader.TYPE_SCALE,
                        StandardsLoader.TYPE_VOCABULARY);
    }

    @Test
    void schemaFieldsMatchTheFieldsTheLoaderAccepts() {
        assertThat(fields("/$defs/assessmentFramework/properties")).isEqualTo(StandardsFileParser.FRAMEWORK_FIELDS);
        assertThat(fields("/$defs/assessmentFramework/properties/elements/items/properties"))
                .isEqualTo(StandardsFileParser.ELEMENT_FIELDS);
        assertThat(fields("/$defs/assessmentFramework/properties/elements/items/properties/indicators/items/properties"))
                .isEqualTo(StandardsFileParser.INDICATOR_FIELDS);
        assertThat(fields("/$defs/scale/properties")).isEqualTo(StandardsFileParser.SCALE_FIELDS);
        assertThat(fields("/$defs/scale/properties/points/items/properties")).isEqualTo(StandardsFileParser.POINT_FIELDS);
        assertThat(fields("/$defs/scale/properties/notApplicable/properties"))
                .isEqualTo(StandardsFileParser.NOT_APPLICABLE_FIELDS);
        assertThat(fields("/$defs/vocabulary/properties")).isEqualTo(StandardsFileParser.VOCABULARY_FIELDS);
        assertThat(fields("/$defs/vocabulary/properties/terms/items/properties")).isEqualTo(StandardsFileParser.TERM_FIELDS);
    }

    private static Set<String> fields(String pointer) {
        JsonNode properties = schema.at(pointer);
        assertThat(properties.isObject()).as(pointer).isTrue();
        return Set.copyOf(properties.propertyNames());
    }
}
