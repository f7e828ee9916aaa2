package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.standards.StandardsCatalogue;
import org.junit.jupiter.api.Test;

/** The import mapping step: headings read by meaning, title rows skipped, columns decided, values and errors. */
class PlanImportMappingTest {

    static final StandardsCatalogue STANDARDS = PlanFileMappingTest.STANDARDS;
    final PlanFileMapping mapping = new PlanFileMapping(STANDARDS);

    @Test
    void theStrategysLongHeadingsAreReadByTheirMeaning() {
        assertThat(PlanColumn.detect("What is the Engagement Activity (Brief Description)")).contains(PlanColumn.ACTIVITY);
        assertThat(PlanColumn.detect("What Level of Engagement will be Used? \u2013 Inform / Consult / Engage (see below "
                + "for descriptions)")).contains(PlanColumn.LEVEL);
        assertThat(PlanColumn.detect("Focus of Engagement - which community (see below for description)"))
                .contains(PlanColumn.COMMUNITIES);
        assertThat(PlanColumn.detect("Status of Plan (VOiCE) 1.Not started 2.In Progress 3.Complete"))
                .contains(PlanColumn.STATUS);
        assertThat(PlanColumn.detect("Lead Person")).contains(PlanColumn.LEAD);
        assertThat(PlanColumn.detect("What is expected to be achieved - Purpose? (see below for descriptions)"))
                .contains(PlanColumn.PURPOSES);
    }

    @Test
    void everyExportHeadingIsReadBackAsItsOwnField() {
        for (PlanColumn column : PlanColumn.values()) {
            assertThat(PlanColumn.detect(column.header())).as(column.header()).contains(column);
        }
    }

    @Test
    void variantsAreToleratedForCasepunctuationWordOrderAndExtraWords() {
        assertThat(PlanColumn.detect("ENGAGEMENT LEVEL")).contains(PlanColumn.LEVEL);
        assertThat(PlanColumn.detect("level: engagement (please pick one)")).contains(PlanColumn.LEVEL);
        assertThat(PlanColumn.detect("Community focus of this activity?")).contains(PlanColumn.COMMUNITIES);
        assertThat(PlanColumn.detect("Person who will lead")).contains(PlanColumn.LEAD);
        assertThat(PlanColumn.detect("purposes / expected achievements")).contains(PlanColumn.PURPOSES);
        assertThat(PlanColumn.detect("Engagement methods used")).contains(PlanColumn.METHODS);
        assertThat(PlanColumn.detect("Sub focus (protected characteristics)")).contains(PlanColumn.TAGS);
        assertThat(PlanColumn.detect("Actual start date")).contains(PlanColumn.ACTUAL_START);
        assertThat(PlanColumn.detect("How many people took part?")).contains(PlanColumn.DO_PARTICIPANTS);
        assertThat(PlanColumn.detect("Colour")).isEmpty();
        assertThat(PlanColumn.detect("Structural outcome 1 - communities improve their understanding")).isEmpty();
    }

    @Test
    void titleRowsAboveTheHeadingsAreSkippedAndTheCsvFixtureReadsToEveryExpectedField() throws Exception {
        List<List<String>> rows = PlanFiles.read("plan.csv", StrategyLayoutFixture.bytes(StrategyLayoutFixture.CSV));

        ImportLayout layout = mapping.layout(rows, 0, Map.of());
        ImportResult result = mapping.parse(rows, layout);

        assertThat(layout.headerRow()).isEqualTo(3);
        assertThat(layout.columns()).extracting(c -> c.target().field()).containsExactly(PlanColumn.ACTIVITY,
                PlanColumn.LEVEL, PlanColumn.COMMUNITIES, PlanColumn.STATUS, PlanColumn.LEAD, PlanColumn.PURPOSES);
        assertThat(result.problems()).isEmpty();
        assertThat(result.drafts()).containsExactlyElementsOf(StrategyLayoutFixture.EXPECTED);
    }

    @Test
    void theLibreOfficeXlsxWithNumericCellsReadsToTheSameActivitiesAsTheCsv() throws Exception {
        List<List<String>> rows = PlanFiles.read("plan.xlsx", StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX));

        ImportResult result = mapping.parse(rows);

        assertThat(result.problems()).isEmpty();
        assertThat(result.drafts()).containsExactlyElementsOf(StrategyLayoutFixture.EXPECTED);
        assertThat(result.preview()).hasSize(PlanFileMapping.PREVIEW_ROWS);
        assertThat(result.preview().getFirst().row()).isEqualTo(5);
        assertThat(result.preview().getFirst().labels()).containsEntry(PlanColumn.LEVEL, "Consult")
                .containsEntry(PlanColumn.COMMUNITIES, "People with convictions")
                .containsEntry(PlanColumn.STATUS, "2 In progress");
    }

    @Test
    void anUnknownColumnWithValuesStopsTheImportUntilItIsIgnoredOrMapped() {
        List<List<String>> rows = List.of(
                List.of("Activity", "Level", "Favourite colour", ""),
                List.of("Walkabout", "Inform", "Green", ""));

        ImportLayout layout = mapping.layout(rows, 0, Map.of());
        ImportResult blocked = mapping.parse(rows, layout);

        assertThat(layout.blocking()).extracting(ImportLayout.Column::heading)
                .containsExactly("Favourite colour");
        assertThat(layout.columns().get(3).empty()).as("an empty column without heading does not block").isTrue();
        assertThat(blocked.ok()).isFalse();
        assertThat(blocked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value,
                ImportProblem::messageKey).containsExactly(tuple(1, "Favourite colour", "Green",
                "plan.import.unmappedColumn"));
        assertThat(mapping.parse(rows, layout.with(2, ColumnTarget.IGNORE)).drafts()).hasSize(1);
        assertThat(mapping.parse(rows, layout.with(2, ColumnTarget.of(PlanColumn.LEAD))).drafts())
                .extracting(ActivityDraft::leadPerson).containsExactly("Green");
    }

    @Test
    void valuesInAColumnWithoutAHeadingAreNotDroppedSilently() {
        List<List<String>> rows = List.of(List.of("Activity", "Level"), List.of("Walkabout", "Inform", "stray note"));

        ImportLayout layout = mapping.layout(rows, 0, Map.of());

        assertThat(layout.blocking()).extracting(ImportLayout.Column::heading).containsExactly("C");
        assertThat(mapping.parse(rows, layout).ok()).isFalse();
    }

    @Test
    void aFieldMappedFromTwoColumnsIsAProblem() {
        List<List<String>> rows = List.of(List.of("Activity", "Level", "Lead"), List.of("A", "Inform", "Ann"));
        ImportLayout layout = mapping.layout(rows, 0, Map.of()).with(2, ColumnTarget.of(PlanColumn.ACTIVITY));

        assertThat(mapping.parse(rows, layout).problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple("Lead", "plan.import.duplicateColumn"));
    }

    @Test
    void aRememberedChoiceWinsOverTheHeadingsMeaning() {
        List<List<String>> rows = List.of(List.of("Activity", "Level", "Owner"), List.of("A", "Inform", "Ann"));

        ImportLayout layout = mapping.layout(rows, 0, Map.of(PlanFileMapping.headingKey("owner"), ColumnTarget.IGNORE));

        assertThat(layout.columns().get(2).target()).isEqualTo(ColumnTarget.IGNORE);
        assertThat(mapping.parse(rows, layout).drafts().getFirst().leadPerson()).isNull();
    }

    @Test
    void theStrategysWordingCodesNumbersAndSpreadsheetNumbersAreAcceptedForEveryList() {
        List<List<String>> rows = List.of(
                List.of("Activity", "Level", "Community", "Status", "Purpose"),
                List.of("a", "2.0", "1.0", "3.0", "5"),
                List.of("b", "Consultation", "People who have committed offence(s)", "2. In Progress",
                        "Service users will be involved in the delivery of service"),
                List.of("c", "ENGAGE", "Local communities impacted by offending; 3rd Sector organisations", "Completed",
                        "DECISION_MAKING"),
                List.of("d", "1 Inform", "1, 5 / 6", "not started", "4. Increased influence"));

        ImportResult result = mapping.parse(rows);

        assertThat(result.problems()).isEmpty();
        assertThat(result.drafts()).extracting(ActivityDraft::levelCode, ActivityDraft::communityCodes,
                ActivityDraft::status).containsExactly(
                tuple("CONSULT", Set.of("PEOPLE_WITH_CONVICTIONS"), PlanStatus.COMPLETE),
                tuple("CONSULT", Set.of("PEOPLE_WITH_CONVICTIONS"), PlanStatus.IN_PROGRESS),
                tuple("ENGAGE", Set.of("AFFECTED_COMMUNITIES", "THIRD_SECTOR"), PlanStatus.COMPLETE),
                tuple("INFORM", Set.of("PEOPLE_WITH_CONVICTIONS", "PUBLIC_SECTOR", "COMMUNITIES_OF_INTEREST"),
                        PlanStatus.NOT_STARTED));
        assertThat(result.drafts()).flatExtracting(d -> d.purposes().stream().map(ActivityPurpose::purposeCode).toList())
                .containsExactly("SERVICE_DELIVERY", "SERVICE_DELIVERY", "DECISION_MAKING", "INFLUENCE");
    }

    @Test
    void purposeDetailsAreSplitWhereMarkedAndKeptWholeOtherwise() {
        PurposeText text = new PurposeText(STANDARDS.purposes());

        assertThat(text.parse("Increased influence (third sector providers, forum, shaping throughcare pathway)")
                .purposes()).containsExactly(new ActivityPurpose("INFLUENCE",
                "third sector providers, forum, shaping throughcare pathway", null, null, null));
        assertThat(text.parse("Increased decision making (who: tenants, carers; where: Govan; about what: budget)")
                .purposes()).containsExactly(new ActivityPurpose("DECISION_MAKING", "tenants, carers", "Govan",
                "budget", null));
        assertThat(text.parse("Increased influence; who: Families; where: Hub; north; how: Report to board").purposes())
                .containsExactly(new ActivityPurpose("INFLUENCE", "Families", "Hub; north", null, "Report to board"));
        assertThat(text.parse("\u2022 Increased participation - young people\n\u2022 Increased knowledge and "
                + "understanding (who?)").purposes()).containsExactly(
                new ActivityPurpose("PARTICIPATION", "young people", null, null, null),
                new ActivityPurpose("KNOWLEDGE", "who?", null, null, null));
        assertThat(text.parse("Increased participation; Increased influence (in what way: forum)").purposes())
                .containsExactly(ActivityPurpose.of("PARTICIPATION"),
                        new ActivityPurpose("INFLUENCE", null, null, null, "forum"));
        PurposeText.Parsed bad = text.parse("Better vibes (everyone); Increased participation");
        assertThat(bad.unknown()).containsExactly("Better vibes (everyone)");
        assertThat(bad.purposes()).containsExactly(ActivityPurpose.of("PARTICIPATION"));
    }

    @Test
    void everyErrorNamesTheRowTheColumnAsHeadedTheValueAndTheAcceptedValues() {
        List<List<String>> rows = List.of(
                List.of("Plan for 2027"),
                List.of("What is the Engagement Activity", "Level of engagement", "Focus of Engagement - which community",
                        "Status of Plan", "Purpose?"),
                List.of("Walkabout", "Shout", "7", "4", "Better vibes"));

        ImportResult result = mapping.parse(rows);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value,
                ImportProblem::accepted).containsExactlyInAnyOrder(
                tuple(3, "Level of engagement", "Shout", "1 Inform, 2 Consult, 3 Engage"),
                tuple(3, "Focus of Engagement - which community", "7", STANDARDS.communityTypes().acceptedValues()),
                tuple(3, "Status of Plan", "4", "1 Not started, 2 In progress, 3 Complete"),
                tuple(3, "Purpose?", "Better vibes", STANDARDS.purposes().acceptedValues()));
        assertThat(STANDARDS.communityTypes().acceptedValues()).startsWith("1 People with convictions, 2 ");
    }

    @Test
    void aMissingRequiredFieldSaysWhichColumnsWereFound() {
        ImportResult result = mapping.parse(List.of(List.of("Description of it", "Community"), List.of("x", "1")));

        assertThat(result.problems()).extracting(ImportProblem::column, ImportProblem::messageKey, p -> p.args()[0])
                .containsExactly(tuple("Level", "plan.import.missingColumn", "Description of it, Community"));
    }

    @Test
    void theTemplateImportsAsItIsOnceRowsAreAdded() throws Exception {
        byte[] template = PlanTemplate.write(STANDARDS, "Our plan", "Outcome one");
        List<PlanFiles.Table> sheets = PlanFiles.sheets("t.xlsx", template);

        ImportLayout layout = mapping.layout(sheets.getFirst().rows(), 0, Map.of());

        assertThat(sheets).extracting(PlanFiles.Table::name).containsExactly("Outline action plan", "Accepted values");
        assertThat(layout.headerRow()).isEqualTo(2);
        assertThat(layout.columns()).extracting(c -> c.target().field()).containsExactly(PlanColumn.ACTIVITY,
                PlanColumn.LEVEL, PlanColumn.COMMUNITIES, PlanColumn.STATUS, PlanColumn.LEAD, PlanColumn.PURPOSES);
        assertThat(sheets.get(1).rows()).filteredOn(r -> !r.isEmpty()).extracting(r -> r.getFirst()).contains("1 People with convictions",
                "3 Complete", "5 Service users involved in delivering the service");
    }
}
