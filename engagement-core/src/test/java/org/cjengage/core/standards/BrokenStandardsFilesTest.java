package org.cjengage.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Given a copy of the shipped standards files with one of them broken, loading is refused with a
 * message that names the broken file and field.
 */
class BrokenStandardsFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedFiles() throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(StandardsLoader.DEFAULT_LOCATION)) {
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, dir.resolve(resource.getFilename()));
            }
        }
    }

    @Test
    void theUntouchedCopyLoads() {
        StandardsCatalogue catalogue = load();

        assertThat(catalogue.nationalStandards().indicatorCount()).isEqualTo(35);
    }

    @Test
    void anAliasThatCannotBeToldApartFromAnotherTermIsRefused() throws IOException {
        edit("community-types.yaml", "      - \"Victims\"\n", "      - \"Victims\"\n      - \"Third sector\"\n");

        assertLoadFails().hasMessageContaining("community-types.yaml")
                .hasMessageContaining("terms[3].code 'THIRD_SECTOR' cannot be told apart from the code, label or an alias"
                        + " of terms[2]");
    }

    @Test
    void anAliasThatIsOnlyANumberIsRefused() throws IOException {
        edit("engagement-levels.yaml", "      - \"Informing\"\n", "      - \"Informing\"\n      - \"7\"\n");

        assertLoadFails().hasMessageContaining("engagement-levels.yaml")
                .hasMessageContaining("points[0].aliases[1] '7' must contain letters");
    }

    @Test
    void aFileWithoutVersionIsRefused() throws IOException {
        edit("methods.yaml", "version: \"1.0\"\n", "");

        assertLoadFails().hasMessageContaining("methods.yaml").hasMessageContaining("version is missing");
    }

    @Test
    void aBlankTitleIsRefused() throws IOException {
        edit("cycle-stages.yaml", "title: Strategic commissioning cycle", "title: \"  \"");

        assertLoadFails().hasMessageContaining("cycle-stages.yaml").hasMessageContaining("title is blank");
    }

    @Test
    void anUnquotedDecimalVersionIsRefusedWithAHint() throws IOException {
        edit("national-standards.yaml", "version: \"2016.1\"", "version: 2016.1");

        assertLoadFails().hasMessageContaining("national-standards.yaml")
                .hasMessageContaining("version must be text; put the value in quotes");
    }

    @Test
    void aDuplicateIndicatorCodeIsRefused() throws IOException {
        edit("national-standards.yaml", "code: \"1b\"", "code: \"1a\"");

        assertLoadFails().hasMessageContaining("national-standards.yaml")
                .hasMessageContaining("elements[0].indicators[1].code '1a' is used more than once")
                .hasMessageContaining("elements[0].indicators[0].code");
    }

    @Test
    void aMissingIndicatorCodeIsRefusedNamingItsPath() throws IOException {
        edit("national-standards.yaml", "      - code: \"3a\"\n        text:", "      - text:");

        assertLoadFails().hasMessageContaining("national-standards.yaml: elements[2].indicators[0].code is missing");
    }

    @Test
    void anElementWithoutIndicatorsIsRefused() throws IOException {
        edit("quality-measures.yaml", """
                    indicators:
                      - code: "6a"
                        text: Views of the wider community about the service are collected and acted on.
                """, "    indicators: []\n");

        assertLoadFails().hasMessageContaining("quality-measures.yaml")
                .hasMessageContaining("elements[5].indicators must not be empty");
    }

    @Test
    void aFrameworkReferringToAnUnknownScaleIsRefused() throws IOException {
        edit("quality-measures.yaml", "scale: scoring-scale", "scale: scoring-scael");

        assertLoadFails().hasMessageContaining("quality-measures.yaml")
                .hasMessageContaining("scale 'scoring-scael' does not name a loaded scale");
    }

    @Test
    void aFrameworkReferringToAVocabularyAsItsScaleIsRefused() throws IOException {
        edit("quality-measures.yaml", "scale: scoring-scale", "scale: community-types");

        assertLoadFails().hasMessageContaining("quality-measures.yaml")
                .hasMessageContaining("not a scale");
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws IOException {
        edit("national-standards.yaml", "        text: Those affected", "        txet: Those affected");

        assertLoadFails().hasMessageContaining("national-standards.yaml")
                .hasMessageContaining("elements[0].indicators[0].txet is not a known field");
    }

    @Test
    void anUnknownAssessmentSubjectIsRefusedByName() throws IOException {
        edit("third-sector-success-factors.yaml", "subjects: [partnership, activity]", "subjects: [partnership, region]");

        assertLoadFails().hasMessageContaining("third-sector-success-factors.yaml")
                .hasMessageContaining("subjects[1] 'region' is not one of activity, partnership");
    }

    @Test
    void anUnknownTopLevelFieldIsRefusedByName() throws IOException {
        edit("engagement-levels.yaml", "type: scale\n", "type: scale\ncolour: blue\n");

        assertLoadFails().hasMessageContaining("engagement-levels.yaml: colour is not a known field");
    }

    @Test
    void anUnknownTypeIsRefused() throws IOException {
        edit("engagement-levels.yaml", "type: scale\n", "type: ladder\n");

        assertLoadFails().hasMessageContaining("engagement-levels.yaml: type 'ladder' is not one of");
    }

    @Test
    void aScaleWithAGapIsRefused() throws IOException {
        edit("engagement-levels.yaml", "value: 3", "value: 4");

        assertLoadFails().hasMessageContaining("engagement-levels.yaml")
                .hasMessageContaining("points[2].value 4 leaves a gap after 2")
                .hasMessageContaining("contiguous");
    }

    @Test
    void aScaleWithARepeatedValueIsRefused() throws IOException {
        edit("engagement-levels.yaml", "value: 3", "value: 2");

        assertLoadFails().hasMessageContaining("engagement-levels.yaml")
                .hasMessageContaining("points[2].value 2 is used more than once");
    }

    @Test
    void aTargetOffTheScaleIsRefused() throws IOException {
        edit("participation-scale.yaml", "target: 8", "target: 9");

        assertLoadFails().hasMessageContaining("participation-scale.yaml: target 9 is not a value on the scale");
    }

    @Test
    void aDuplicateTermNumberIsRefused() throws IOException {
        edit("community-types.yaml", "number: 2", "number: 1");

        assertLoadFails().hasMessageContaining("community-types.yaml: terms[1].number 1 is used more than once");
    }

    @Test
    void aTermCodeThatIsNotUpperSnakeCaseIsRefused() throws IOException {
        edit("community-types.yaml", "code: VICTIMS", "code: victims");

        assertLoadFails().hasMessageContaining("community-types.yaml: terms[2].code 'victims' must be UPPER_SNAKE_CASE");
    }

    @Test
    void aMarkTheApplicationNeedsThatNoEntryCarriesIsRefused() throws IOException {
        edit("cycle-stages.yaml", "    marks: review\n", "");

        assertLoadFails().hasMessageContaining("cycle-stages.yaml: no entry has marks 'review'");
    }

    @Test
    void aMarkOnTwoEntriesIsRefusedNamingBoth() throws IOException {
        edit("community-types.yaml", "    marks: public-sector\n", "    marks: third-sector\n");

        assertLoadFails().hasMessageContaining("community-types.yaml: terms[4].marks 'third-sector' is used more than once")
                .hasMessageContaining("terms[3].marks");
    }

    @Test
    void theMarkedEntriesAreFoundByTheirRole() {
        StandardsCatalogue catalogue = load();

        assertThat(catalogue.engagedLevel()).isEqualTo("ENGAGE");
        assertThat(catalogue.reviewStage()).isEqualTo("REVIEW");
        assertThat(catalogue.communityTypes().marked(StandardIds.MARK_PUBLIC_SECTOR)).get()
                .extracting(Term::code).isEqualTo("PUBLIC_SECTOR");
    }

    @Test
    void malformedYamlIsRefusedNamingTheFileAndLine() throws IOException {
        edit("cycle-stages.yaml", "terms:\n", "terms: [\n");

        assertLoadFails().hasMessageContaining("cycle-stages.yaml: is not valid YAML at line");
    }

    @Test
    void aRepeatedKeyIsRefused() throws IOException {
        edit("engagement-levels.yaml", "type: scale\n", "type: scale\ntype: scale\n");

        assertLoadFails().hasMessageContaining("engagement-levels.yaml")
                .hasMessageContaining("the field 'type' is given more than once");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Files.writeString(dir.resolve("empty.yaml"), "");

        assertLoadFails().hasMessageContaining("empty.yaml: the file is empty");
    }

    @Test
    void twoFilesWithTheSameIdAreRefused() throws IOException {
        Files.copy(dir.resolve("methods.yaml"), dir.resolve("methods-copy.yaml"));

        assertLoadFails().hasMessageContaining("methods.yaml")
                .hasMessageContaining("id 'engagement-methods' is already used by");
    }

    @Test
    void aMissingWellKnownFileIsRefusedNamingItsId() throws IOException {
        Files.delete(dir.resolve("cycle-stages.yaml"));

        assertLoadFails().hasMessageContaining("'" + StandardIds.CYCLE_STAGES + "'");
    }

    @Test
    void aWellKnownIdWithTheWrongTypeIsRefused() throws IOException {
        Files.delete(dir.resolve("engagement-levels.yaml"));
        Files.writeString(dir.resolve("levels-as-vocabulary.yaml"), """
                id: engagement-levels
                version: "1.0"
                type: vocabulary
                title: Levels
                description: Levels as a plain list.
                terms:
                  - code: INFORM
                    label: Inform
                """);

        assertLoadFails().hasMessageContaining("levels-as-vocabulary.yaml: type must be scale");
    }

    @Test
    void aPatternThatMatchesNothingIsRefused() {
        assertThatThrownBy(() -> new StandardsLoader().load("file:" + dir.toAbsolutePath() + "/nothing/*.yaml"))
                .isInstanceOf(StandardsDataException.class)
                .hasMessageContaining("No standards files found");
    }

    @Test
    void aNamedFileThatDoesNotExistIsRefused() {
        String missing = "file:" + dir.toAbsolutePath() + "/extra.yaml";

        assertThatThrownBy(() -> new StandardsLoader().load("file:" + dir.toAbsolutePath() + "/*.yaml, " + missing))
                .isInstanceOf(StandardsDataException.class)
                .hasMessageContaining(missing + ": no such standards file");
    }

    @Test
    void severalLocationsCanBeGivenSeparatedByCommas() throws IOException {
        Path extra = Files.createDirectory(dir.resolve("extra"));
        Files.move(dir.resolve("methods.yaml"), extra.resolve("methods.yaml"));

        StandardsCatalogue catalogue = new StandardsLoader()
                .load("file:" + dir.toAbsolutePath() + "/*.yaml, file:" + extra.toAbsolutePath() + "/*.yaml");

        assertThat(catalogue.methods().terms()).hasSize(13);
    }

    private StandardsCatalogue load() {
        return new StandardsLoader().load("file:" + dir.toAbsolutePath() + "/*.yaml");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails() {
        return assertThatThrownBy(this::load).isInstanceOf(StandardsDataException.class);
    }

    /** Replaces the first occurrence of {@code from}; fails if the shipped file no longer contains it. */
    private void edit(String fileName, String from, String to) throws IOException {
        Path file = dir.resolve(fileName);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).as("text to replace in %s", fileName).contains(from);
        int at = content.indexOf(from);
        Files.writeString(file, content.substring(0, at) + to + content.substring(at + from.length()));
    }
}
