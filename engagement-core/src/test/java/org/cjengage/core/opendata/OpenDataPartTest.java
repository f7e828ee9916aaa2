package org.cjengage.core.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The steps every versioned open-data part shares: the part's shape, its version, its rows and their refs. */
class OpenDataPartTest {

    /** A part of notes whose rows are just their refs. */
    private final OpenDataPart<String> notes = new OpenDataPart<>() {
        @Override
        public String name() {
            return "notes";
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public String rowsField() {
            return "notes";
        }

        @Override
        public List<String> parseRows(List<JsonNode> rows, String at, OpenDataRefs refs, Checks checks) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                OpenDataValues.ref(checks, seen, at + "[" + i + "]", OpenDataValues.text(rows.get(i), "ref"));
            }
            return checks.ok() ? rows.stream().map(r -> OpenDataValues.text(r, "ref")).toList() : List.of();
        }

        @Override
        public JsonNode export(long partnershipId, OpenDataRefs refs) {
            return null;
        }

        @Override
        public void importData(JsonNode data, long partnershipId, OpenDataRefs refs) {
        }
    };

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private List<Violation> validate(String part) {
        Checks checks = new Checks();
        notes.validate(json(part), new OpenDataRefs(), checks);
        return checks.violations();
    }

    @Test
    void aPartThatIsNotAnObjectIsReportedUnderItsName() {
        assertThat(validate("[1, 2]")).containsExactly(new Violation("extensions.notes", "validation.opendata.notAPart"));
    }

    @Test
    void aPartOfAnotherVersionIsReportedWithBothVersions() {
        assertThat(validate("{\"version\": \"2.0\", \"notes\": []}")).containsExactly(
                new Violation("extensions.notes.version", "validation.opendata.schemaVersion", "2.0", "1.0"));
    }

    @Test
    void rowsAreReportedAtTheirPlaceUnderTheRowsField() {
        assertThat(validate("{\"version\": \"1.0\", \"notes\": [{\"ref\": \"a\"}, {\"ref\": \"a\"}, {}]}"))
                .containsExactly(new Violation("extensions.notes.notes[1].ref", "validation.opendata.duplicateRef", "a"),
                        new Violation("extensions.notes.notes[2].ref", "validation.required"));
        assertThat(validate("{\"version\": \"1.0\", \"notes\": [{\"ref\": \" \"}, {\"ref\": \" \"}]}"))
                .as("a blank ref is missing, not a duplicate").containsExactly(
                        new Violation("extensions.notes.notes[0].ref", "validation.required"),
                        new Violation("extensions.notes.notes[1].ref", "validation.required"));
        assertThat(validate("{\"version\": \"1.0\", \"notes\": 7}"))
                .containsExactly(new Violation("extensions.notes.notes", "validation.opendata.notAList"));
    }

    @Test
    void anImportGetsTheParsedRowsOrEveryProblem() {
        assertThat(notes.parseValid(json("{\"version\": \"1.0\", \"notes\": [{\"ref\": \"a\"}, {\"ref\": \"b\"}]}"),
                new OpenDataRefs())).containsExactly("a", "b");
        assertThatThrownBy(() -> notes.parseValid(json("{\"version\": \"0.9\", \"notes\": [{}]}"), new OpenDataRefs()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("extensions.notes.version", "extensions.notes.notes[0].ref"));
    }
}
