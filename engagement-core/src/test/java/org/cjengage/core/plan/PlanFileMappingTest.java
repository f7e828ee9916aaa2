package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.StandardsLoader;
import org.junit.jupiter.api.Test;

class PlanFileMappingTest {

    static final StandardsCatalogue STANDARDS = new StandardsLoader().load(StandardsLoader.DEFAULT_LOCATION);
    final PlanFileMapping mapping = new PlanFileMapping(STANDARDS);

    static ActivityDraft full() {
        return new ActivityDraft("=Focus group, with \"quotes\"\nand two lines", "ENGAGE",
                Set.of("VICTIMS", "THIRD_SECTOR"), Set.of("AGE", "HOUSING"), PlanStatus.IN_PROGRESS, "-Lead; person",
                Set.of(new ActivityPurpose("INFLUENCE", "Families", "Hub; north", null, "Report to board"),
                        ActivityPurpose.of("KNOWLEDGE")),
                Set.of("FACE_TO_FACE", "QUESTIONNAIRE"), "DELIVER", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 1, 5), null,
                new VoiceCycle("Low trust", "Victims", "Police", "Transport", "Better info", "Attendance", "Room",
                        "By June", "Two sessions", "Twelve victims", 12, "Smaller groups", "Too far", "Moved venue"));
    }

    @Test
    void headersAreMatchedIgnoringCaseSpacesPunctuationAndNumbering() {
        assertThat(PlanColumn.forHeader("  ACTIVITY ")).contains(PlanColumn.ACTIVITY);
        assertThat(PlanColumn.forHeader("Focus Community")).contains(PlanColumn.COMMUNITIES);
        assertThat(PlanColumn.forHeader("Plan-status")).contains(PlanColumn.STATUS);
        assertThat(PlanColumn.forHeader("3. Lead person")).contains(PlanColumn.LEAD);
        assertThat(PlanColumn.forHeader("Purpose (expected achievement)")).contains(PlanColumn.PURPOSES);
        assertThat(PlanColumn.forHeader("Colour")).isEmpty();
    }

    @Test
    void levelsCommunitiesAndStatusAreReadByNumberOrName() {
        List<List<String>> table = List.of(
                List.of("activity", "LEVEL", "focus community", "plan status", "lead", "purpose"),
                List.of("By numbers", "2", "1\n3", "3", "Ann", "4; who: victims; how: board"),
                List.of("By names", "engage", "Victims of crime; third-sector", "In progress", "", "knowledge"));

        ImportResult result = mapping.parse(table);

        assertThat(result.problems()).isEmpty();
        ActivityDraft first = result.drafts().get(0);
        assertThat(first.levelCode()).isEqualTo("CONSULT");
        assertThat(first.communityCodes()).containsExactlyInAnyOrder("PEOPLE_WITH_CONVICTIONS", "VICTIMS");
        assertThat(first.status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(first.purposes()).containsExactly(new ActivityPurpose("INFLUENCE", "victims", null, null, "board"));
        ActivityDraft second = result.drafts().get(1);
        assertThat(second.levelCode()).isEqualTo("ENGAGE");
        assertThat(second.communityCodes()).containsExactlyInAnyOrder("VICTIMS", "THIRD_SECTOR");
        assertThat(second.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(second.leadPerson()).isNull();
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumnAndNoActivityIsReturned() {
        List<List<String>> table = List.of(
                List.of("Activity", "Level", "Focus community", "Plan status", "Planned end"),
                List.of("Fine row", "Inform", "Victims", "1", "2026-05-01"),
                List.of("", "Shout", "Martians", "9", "31/02/2026"),
                List.of("Another", "", "", "", "yesterday"));

        ImportResult result = mapping.parse(table);

        assertThat(result.drafts()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "Level", "plan.import.unknownValue"),
                        org.assertj.core.groups.Tuple.tuple(3, "Focus community", "plan.import.unknownValue"),
                        org.assertj.core.groups.Tuple.tuple(3, "Plan status", "plan.import.unknownValue"),
                        org.assertj.core.groups.Tuple.tuple(3, "Planned end", "plan.import.badDate"),
                        org.assertj.core.groups.Tuple.tuple(3, "Activity", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "Level", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "Planned end", "plan.import.badDate"));
        assertThat(result.problems()).noneMatch(p -> p.row() == 2);
    }

    @Test
    void aFileWithoutAnActivityOrLevelColumnIsRefusedAtTheHeader() {
        ImportResult result = mapping.parse(List.of(List.of("Lead person", "Community"), List.of("x", "1")));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Activity", "plan.import.missingColumn"),
                        org.assertj.core.groups.Tuple.tuple(1, "Level", "plan.import.missingColumn"));
    }

    @Test
    void csvExportReadsBackToTheSameActivitiesWithFormulasNeutralised() throws Exception {
        ActivityDraft draft = full();
        byte[] csv = PlanFiles.writeCsv(mapping.header(), mapping.rows(List.of(draft, ActivityDraft.of("+Plain", "INFORM", Set.of()))));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=Focus group").contains("'-Lead; person").contains("'+Plain");
        ImportResult back = mapping.parse(PlanFiles.read("plan.csv", csv));

        assertThat(back.problems()).isEmpty();
        assertThat(back.drafts()).containsExactly(draft, ActivityDraft.of("+Plain", "INFORM", Set.of()));
    }

    @Test
    void xlsxExportReadsBackToTheSameActivities() throws Exception {
        ActivityDraft draft = full();
        byte[] xlsx = PlanFiles.writeXlsx("Plan", mapping.header(), mapping.rows(List.of(draft)));

        ImportResult back = mapping.parse(PlanFiles.read("plan.xlsx", xlsx));

        assertThat(back.problems()).isEmpty();
        assertThat(back.drafts()).containsExactly(draft);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsReportedAsUnreadable() {
        assertThat(PlanFiles.formatOf("x.xlsx", new byte[] {1, 2, 3})).isEqualTo(PlanFiles.Format.XLSX);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanFiles.read("x.xlsx", new byte[] {1, 2, 3}))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void copyingForANewPeriodResetsDeliveryAndShiftsPlannedDates() {
        ActivityDraft copy = PlanCopy.forNewPeriod(full(), 365, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31));

        assertThat(copy.status()).isEqualTo(PlanStatus.NOT_STARTED);
        assertThat(copy.plannedStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(copy.plannedEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(copy.actualStart()).isNull();
        assertThat(copy.voice().doWhatHappened()).isNull();
        assertThat(copy.voice().reviewLessons()).isNull();
        assertThat(copy.voice().analyseIssue()).isEqualTo("Low trust");
        assertThat(copy.description()).isEqualTo(full().description());
        assertThat(copy.purposes()).isEqualTo(full().purposes());
    }
}
