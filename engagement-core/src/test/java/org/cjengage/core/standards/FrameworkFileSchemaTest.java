package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
    void everyShippedFileIsValidAgainstTheSchemaTheLoaderChecks() throws IOException {
        StandardsSchema checker = new StandardsSchema();
        tools.jackson.dataformat.yaml.YAMLMapper yaml = new tools.jackson.dataformat.yaml.YAMLMapper();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(StandardsLoader.DEFAULT_LOCATION);
        assertThat(files).hasSizeGreaterThan(10);
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                assertThat(checker.problems(yaml.readTree(in))).as(file.getFilename()).isEmpty();
            }
        }
    }

    @Test
    void aFileIsCheckedAgainstTheBranchItsTypeNamesAndUnknownFieldsListTheSchemasFields() {
        JsonNode scaleWithElements = new JsonMapper().readTree("""
                {"id": "s", "version": "1", "type": "scale", "title": "t", "description": "d",
                 "points": [{"value": 1, "code": "A", "label": "a"}, {"value": 2, "code": "B", "label": "b"}],
                 "elements": []}""");

        assertThat(new StandardsSchema().problems(scaleWithElements)).containsExactly(
                "elements is not a known field (expected one of " + new java.util.TreeSet<>(Set.copyOf(
                        schema.at("/$defs/scale/properties").propertyNames())) + ")");
    }
}
