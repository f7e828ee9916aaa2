package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Plan exports as the security log and a spreadsheet program see them. */
@SpringBootTest(classes = CoreTestApplication.class)
class PlanExportSecurityTest {

    /** Survives the strip() of saved text: a no-break space is not whitespace to Java. */
    static final String SPACED_FORMULA = "\u00A0=HYPERLINK(\"http://evil.example/\",\"Click\")";

    @Autowired PlanTransferService transfer;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    Partnership own;
    ActionPlan plan;
    EngagementPrincipal partner;

    @BeforeEach
    void givenAPlanWithAnActivityWhoseTextsStartWithSpacedFormulas() {
        own = data.partnership();
        plan = data.plan(own.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        ActivityDraft draft = new ActivityDraft(SPACED_FORMULA, "INFORM", Set.of("VICTIMS"), Set.of(),
                PlanStatus.NOT_STARTED, "\u2007+cmd|' /C calc'!A0", Set.of(), Set.of(), null, null, null, null, null);
        AsUser.run(lead, () -> plans.createActivity(plan.id(), draft));
        partner = data.user(Role.PARTNER, own.id());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void anXlsxExportIsWrittenToTheSecurityLogWithWhoAndWhichPartnership() {
        AsUser.call(partner, () -> transfer.exportXlsx(plan.id()));

        assertThat(exportEvents()).containsExactly(partner.userId() + " action-plan " + plan.id() + " as XLSX");
    }

    @Test
    void aCsvExportIsWrittenToTheSecurityLogToo() {
        AsUser.call(partner, () -> transfer.exportCsv(plan.id()));

        assertThat(exportEvents()).containsExactly(partner.userId() + " action-plan " + plan.id() + " as CSV");
    }

    @Test
    void aFormulaAfterLeadingSpacesIsNeutralisedInTheCsvExport() {
        String csv = new String(AsUser.call(partner, () -> transfer.exportCsv(plan.id())), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'" + SPACED_FORMULA.replace("\"", "\"\"") + "\"")
                .contains("'\u2007+cmd");
    }

    @Test
    void aFormulaAfterLeadingSpacesIsNeutralisedInTheXlsxExportAndImportsBackUnchanged() throws Exception {
        byte[] xlsx = AsUser.call(partner, () -> transfer.exportXlsx(plan.id()));

        List<String> cells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheetAt(0).getRow(1);
            for (Cell cell : row) {
                cells.add(cell.toString());
            }
        }
        assertThat(cells).contains("'" + SPACED_FORMULA, "'\u2007+cmd|' /C calc'!A0");
        ActivityDraft back = new PlanFileMapping(PlanFileMappingTest.STANDARDS)
                .parse(PlanFiles.read("plan.xlsx", xlsx)).drafts().getFirst();
        assertThat(back.description()).isEqualTo(SPACED_FORMULA);
        assertThat(back.leadPerson()).isEqualTo("\u2007+cmd|' /C calc'!A0");
    }

    private List<String> exportEvents() {
        return jdbc.queryForList("SELECT CONCAT(user_id, ' ', details) FROM security_event"
                + " WHERE event_type = 'EXPORT' AND partnership_id = ? ORDER BY id", String.class, own.id());
    }
}
