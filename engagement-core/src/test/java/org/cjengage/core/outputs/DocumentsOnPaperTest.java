package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.PlanColumn;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.PdfPages;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The documents people print: on a plan of 220 activities with long texts, every generated PDF (annual report,
 * participation statement) keeps all its text on its pages, Word files are A4 with UK margins, and the plan's XLSX
 * export opens styled.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsOnPaperTest {

    static final int ACTIVITIES = 220;
    /** A4 in PDF points. */
    static final float A4_SHORT = 595.3f;
    static final float A4_LONG = 841.9f;

    @Autowired PlanService plans;
    @Autowired PlanTransferService transfer;
    @Autowired OutputExportService exports;
    @Autowired TestData data;

    Partnership own;
    ActionPlan plan;
    EngagementPrincipal lead;

    @BeforeAll
    void givenAPlanOfManyActivitiesWithLongTexts() {
        own = data.partnership();
        plan = data.plan(own.id());
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        List<String> levels = List.of("INFORM", "CONSULT", "ENGAGE");
        List<String> stages = List.of("ANALYSE", "PLAN", "DELIVER", "REVIEW");
        List<String> communities = List.of("PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES", "VICTIMS", "THIRD_SECTOR",
                "PUBLIC_SECTOR", "COMMUNITIES_OF_INTEREST");
        AsUser.run(lead, () -> {
            for (int i = 0; i < ACTIVITIES; i++) {
                LocalDate start = LocalDate.of(2026, 4, 1).plusDays(i % 300);
                String description = "Activity " + i + ": a series of evening workshops with families, carers and people"
                        + " leaving custody across every town of the partnership area to shape the housing pathway"
                        + " (including a Supercalifragilisticexpialidociousunbrokenwordthatmustwrapsomewhere" + i + ")";
                VoiceCycle voice = new VoiceCycle(null, null, null, null, null, null, null, null,
                        "We met " + (i + 3) + " groups in libraries, community centres and a recovery café.", null, i + 5,
                        "Start earlier and book accessible rooms.",
                        "You said the sessions clashed with work and childcare, and that letters from the council were"
                                + " hard to read; several people asked for evening and weekend sessions in " + i + " places.",
                        "We moved every session to evenings and Saturdays, paid for childcare and travel, and rewrote"
                                + " the letters in plain language with people who had received them.");
                ActivityDraft draft = new ActivityDraft(description, levels.get(i % 3),
                        Set.of(communities.get(i % 6), communities.get((i + 2) % 6)), Set.of(),
                        PlanStatus.values()[i % PlanStatus.values().length],
                        "Community justice coordinator and third sector forum chair " + i,
                        Set.of(new ActivityPurpose("DECISION_MAKING", "People with lived experience of custody",
                                "Every locality", "How the housing pathway is designed and funded", null)),
                        Set.of("FACE_TO_FACE", "QUESTIONNAIRE", "PARTICIPATORY_BUDGETING"), stages.get(i % 4), start,
                        start.plusMonths(3), i % 2 == 0 ? start : null, null, voice);
                plans.createActivity(plan.id(), draft);
            }
        });
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theAnnualReportPdfKeepsEveryTableOnItsPagesAndPutsWideTablesOnLandscapePages() {
        byte[] pdf = AsUser.call(lead, () -> exports.annualReport(own.id(), 2026, OutputFormat.PDF));

        keep("annual-report.pdf", pdf);
        PdfPages pages = PdfPages.read(pdf);
        assertThat(pages.outside()).as("text outside the page").isEmpty();
        assertThat(pages.pages()).allSatisfy(DocumentsOnPaperTest::isA4);
        assertThat(pages.pages()).as("the table by community type has landscape pages").anyMatch(PdfPages.Page::landscape);
        assertThat(pages.text().replaceAll("\\s+", " ")).contains("Other communities of interest", "Not recorded");
    }

    @Test
    void theParticipationStatementPdfKeepsEveryTableOnItsPages() {
        byte[] pdf = AsUser.call(lead, () -> exports.statementPreview(plan.id(), OutputFormat.PDF));
        keep("statement.pdf", pdf);

        PdfPages pages = PdfPages.read(pdf);
        assertThat(pages.outside()).as("text outside the page").isEmpty();
        assertThat(pages.pages()).allSatisfy(DocumentsOnPaperTest::isA4);
        assertThat(pages.text().replaceAll("\\s+", "")).contains("wrewrotethelettersinplainlanguage".substring(1));
    }

    @Test
    void wordFilesAreA4WithUkMargins() throws IOException {
        byte[] report = AsUser.call(lead, () -> exports.annualReport(own.id(), 2026, OutputFormat.DOCX));
        byte[] statement = AsUser.call(lead, () -> exports.statementPreview(plan.id(), OutputFormat.DOCX));

        for (byte[] file : List.of(report, statement)) {
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file))) {
                CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
                assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
                assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
                CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
                for (Object margin : List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight())) {
                    assertThat(new BigInteger(margin.toString())).isEqualTo(BigInteger.valueOf(1440)); // 2.54 cm
                }
            }
        }
    }

    @Test
    void thePlanExportOpensWithABoldFrozenFilteredHeaderWrappedTextAndRealDates() throws IOException {
        byte[] xlsx = AsUser.call(lead, () -> transfer.exportXlsx(plan.id()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();

            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            int description = header.indexOf(PlanColumn.ACTIVITY.header());
            int plannedStart = header.indexOf(PlanColumn.PLANNED_START.header());
            Cell text = sheet.getRow(1).getCell(description);
            assertThat(text.getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(description) / 256).isBetween(30, 60);
            Cell date = sheet.getRow(1).getCell(plannedStart);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getColumnWidth(plannedStart) / 256).isBetween(10, 20);
            assertThat(sheet.getLastRowNum()).isEqualTo(ACTIVITIES);
        }
    }

    /** Keeps the file under target/ to look at (render with pdftoppm). */
    private static void keep(String name, byte[] file) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents-on-paper");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void isA4(PdfPages.Page page) {
        float shortSide = Math.min(page.width(), page.height());
        float longSide = Math.max(page.width(), page.height());
        assertThat(shortSide).isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(1f));
        assertThat(longSide).isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(1f));
    }
}
