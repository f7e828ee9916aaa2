package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.StrategyLayoutFixture;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A strategy lead imports, unedited, the outline action plan as people keep it (strategy headings under
 * title rows; numbers for communities and statuses; purposes with details in brackets), saved by
 * LibreOffice as XLSX and as CSV; and a file with a column the app does not know cannot be imported until
 * that column is mapped or ignored.
 */
class PlanImportBrowserTest extends BrowserTest {

    static final LocatorAssertions.IsVisibleOptions READING = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired TestData data;
    @Autowired PlanService plans;

    Partnership partnership;
    EngagementPrincipal lead;

    @BeforeEach
    void givenALead() {
        partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    Locator openImport(ActionPlan plan) {
        page.navigate(url("plans?plan=" + plan.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import activities")).click();
        return page.getByRole(AriaRole.DIALOG);
    }

    @Test
    void theStrategyLayoutFileImportsUneditedAsXlsxAndAsCsvWithEveryFieldRight() {
        signIn(lead.username(), TestData.PASSWORD);
        for (String[] file : new String[][] {{StrategyLayoutFixture.XLSX, "strategy-layout.xlsx", XLSX_TYPE},
                {StrategyLayoutFixture.CSV, "strategy-layout.csv", "text/csv"}}) {
            ActionPlan plan = data.plan(partnership.id());
            Locator dialog = openImport(plan);

            dialog.locator("input[type=file]").setInputFiles(new FilePayload(file[1], file[2],
                    StrategyLayoutFixture.bytes(file[0])));

            assertThat(dialog.getByText("Headings read from row 4; rows above it are skipped as titles."))
                    .isVisible(READING); // the first XLSX after start-up loads the spreadsheet library
            assertThat(dialog.getByText("9 activities are ready to be added to this plan.")).isVisible();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add 9 activities")).click();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
            assertThat(page.getByText("9 activities shown")).isVisible();
            assertThat(AsUser.call(lead, () -> plans.planContent(plan.id())))
                    .as(file[1]).containsExactlyInAnyOrderElementsOf(StrategyLayoutFixture.EXPECTED);
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Victim voice panel reviewing support leaflets")).click();
        page.waitForURL(u -> u.contains("/activities/"));
        assertThat(page.getByLabel("Activity", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Victim voice panel reviewing support leaflets");
        assertThat(page.getByLabel("Lead person")).hasValue("Victim support lead");
        assertThat(page.getByLabel("Who?")).hasValue("victims of crime");
        assertThat(page.getByLabel("Where?")).hasValue("city centre hub");
        assertThat(page.getByLabel("About what?")).hasValue("leaflet content");
    }

    @Test
    void aFileWithAnUnknownColumnCannotImportUntilTheColumnIsIgnored() {
        ActionPlan plan = data.plan(partnership.id());
        signIn(lead.username(), TestData.PASSWORD);
        Locator dialog = openImport(plan);
        String file = "Activity,Level,Favourite colour\nWalk round the estate,Inform,Green\n";

        dialog.locator("input[type=file]").setInputFiles(new FilePayload("plan.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8)));

        assertThat(dialog.getByText("Columns neither mapped nor ignored: 1.")).isVisible(READING);
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add 1 activity")))
                .hasCount(0);
        screenshot("plan-import-mapping-desktop");
        page.setViewportSize(390, 844);
        screenshot("plan-import-mapping-phone");
        page.setViewportSize(1400, 900);

        dialog.getByLabel("Favourite colour").click();
        choose("Ignore this column", true);

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add 1 activity")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(AsUser.call(lead, () -> plans.countActivities(plan.id()))).isEqualTo(1);
    }
}
