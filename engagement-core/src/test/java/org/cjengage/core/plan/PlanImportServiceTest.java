package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The import steps through the service on the real database: read, layout, check, import, remembered mapping. */
@SpringBootTest(classes = CoreTestApplication.class)
class PlanImportServiceTest {

    @Autowired PlanService plans;
    @Autowired PlanTransferService transfer;
    @Autowired TestData data;

    Partnership own;
    EngagementPrincipal lead;
    ActionPlan plan;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        plan = newPlan(own, lead);
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    ActionPlan newPlan(Partnership partnership, EngagementPrincipal user) {
        return AsUser.call(user, () -> plans.createPlan(partnership.id(), new PlanDraft("Plan " + TestData.unique("p"),
                "Communities take part", LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31))));
    }

    @Test
    void theLibreOfficeFileImportsUneditedWithEveryFieldOfEveryRow() {
        byte[] xlsx = StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX);

        int added = AsUser.call(lead, () -> {
            PlanUpload upload = transfer.read(plan.id(), "strategy-layout.xlsx", new ByteArrayInputStream(xlsx));
            return transfer.importUpload(plan.id(), upload, transfer.layout(plan.id(), upload));
        });

        assertThat(added).isEqualTo(StrategyLayoutFixture.EXPECTED.size());
        assertThat(AsUser.call(lead, () -> plans.planContent(plan.id())))
                .containsExactlyInAnyOrderElementsOf(StrategyLayoutFixture.EXPECTED);
    }

    @Test
    void theColumnChoicesAreRememberedForThePartnershipOnly() {
        byte[] csv = "Activity,Level,Colour\nWalk,Inform,Green\n".getBytes();
        AsUser.run(lead, () -> {
            PlanUpload upload = transfer.read(plan.id(), "a.csv", new ByteArrayInputStream(csv));
            ImportLayout proposed = transfer.layout(plan.id(), upload);
            assertThat(proposed.blocking()).extracting(ImportLayout.Column::heading).containsExactly("Colour");
            transfer.importUpload(plan.id(), upload, proposed.with(2, ColumnTarget.IGNORE));
        });
        Partnership other = data.partnership();
        EngagementPrincipal otherLead = data.user(Role.STRATEGY_LEAD, other.id());
        ActionPlan otherPlan = newPlan(other, otherLead);

        ImportLayout next = AsUser.call(lead, () -> transfer.layout(plan.id(),
                transfer.read(plan.id(), "b.csv", new ByteArrayInputStream(csv))));
        ImportLayout elsewhere = AsUser.call(otherLead, () -> transfer.layout(otherPlan.id(),
                transfer.read(otherPlan.id(), "b.csv", new ByteArrayInputStream(csv))));

        assertThat(next.columns().get(2).target()).isEqualTo(ColumnTarget.IGNORE);
        assertThat(elsewhere.columns().get(2).target()).isEqualTo(ColumnTarget.UNDECIDED);
    }

    @Test
    void theSheetWithThePlanIsProposedAndAnotherSheetCanBePicked() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Cover").createRow(0).createCell(0).setCellValue("Our engagement strategy");
            var sheet = book.createSheet("Action plan");
            sheet.createRow(0).createCell(0).setCellValue("Action plan");
            var head = sheet.createRow(1);
            head.createCell(0).setCellValue("Engagement activity");
            head.createCell(1).setCellValue("Level of engagement");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("Open day");
            row.createCell(1).setCellValue(1);
            book.write(out);
            workbook = out.toByteArray();
        }

        AsUser.run(lead, () -> {
            PlanUpload upload = transfer.read(plan.id(), "two.xlsx", new ByteArrayInputStream(workbook));
            ImportLayout proposed = transfer.layout(plan.id(), upload);
            assertThat(upload.sheetNames()).containsExactly("Cover", "Action plan");
            assertThat(proposed.sheet()).isEqualTo(1);
            assertThat(proposed.headerRow()).isEqualTo(1);
            assertThat(transfer.check(plan.id(), upload, proposed).drafts()).extracting(ActivityDraft::levelCode)
                    .containsExactly("INFORM");
            assertThat(transfer.check(plan.id(), upload, transfer.layout(plan.id(), upload, 0)).ok()).isFalse();
        });
    }

    @Test
    void anOversizedUploadIsRefusedByTheServiceWhileStreaming() {
        PlanFileLimitsTest.CountingEndlessStream huge = new PlanFileLimitsTest.CountingEndlessStream(800L << 20);

        assertThatThrownBy(() -> AsUser.call(lead, () -> transfer.read(plan.id(), "huge.csv", huge)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly("plan.import.tooLarge"));
        assertThat(huge.read).isLessThan(PlanTransferService.MAX_FILE_BYTES + 64L * 1024);
    }

    @Test
    void aFarCellIsRefusedWithAClearProblemAndNothingIsSaved() throws Exception {
        byte[] far = PlanFileLimitsTest.withCellsAt(StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX), "ZZZZZZ", 1);

        assertThatThrownBy(() -> AsUser.call(lead, () -> transfer.read(plan.id(), "far.xlsx",
                new ByteArrayInputStream(far)))).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::messageKey)
                        .containsExactly("plan.import.tooManyColumns"));
        assertThat(AsUser.call(lead, () -> plans.countActivities(plan.id()))).isZero();
    }

    @Test
    void onlyPlanEditorsMayReadAnUploadAndOnlyMembersGetTheTemplate() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());
        byte[] csv = "Activity,Level\nA,1\n".getBytes();

        assertThatThrownBy(() -> AsUser.call(staff, () -> transfer.read(plan.id(), "a.csv",
                new ByteArrayInputStream(csv)))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> transfer.template(plan.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(AsUser.call(staff, () -> transfer.template(plan.id()))).isNotEmpty();
    }
}
