package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanTransferService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A strategy lead imports a plan file, edits an activity, exports the plan, and the export re-imports. */
class PlanLeadJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired PlanTransferService transfer;

    static final String FILE = "Activity,Level,Focus community,Plan status,Lead person,Purpose,Planned end\n"
            + "Listening event in the town hall,2,Victims of crime,1 Not started,Morag,"
            + "\"Increased participation; who: residents; where: town hall\",2030-03-31\n"
            + "=Survey of people on orders,Consult,\"1\n3\",2 In progress,Ali,knowledge,2020-01-31\n";

    @Test
    void aLeadImportsAPlanEditsAnActivityAndExportsAFileThatImportsToTheSamePlan() throws Exception {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        signIn(lead.username(), TestData.PASSWORD);
        page.navigate(url("plans?plan=" + plan.id()));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import activities")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("input[type=file]").setInputFiles(new FilePayload("plan.csv", "text/csv",
                FILE.getBytes(StandardCharsets.UTF_8)));
        assertThat(dialog.getByText("2 activities are ready to be added to this plan.")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add 2 activities")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Overdue", new Page.GetByTextOptions().setExact(true))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Listening event in the town hall")).click();
        page.waitForURL(u -> u.contains("/activities/"));
        assertThat(page.getByLabel("Who?")).hasValue("residents");
        page.getByLabel("Lessons learned").fill("Evening sessions reached more people");
        page.getByLabel("Lead person").fill("Morag Example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Activity saved.")).isVisible();
        // the change history, behind its toggle, read when opened: it has the save
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changes to this activity")).click();
        assertThat(page.getByText("Changed: Lessons learned")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the plan")).click();
        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export CSV")).click());
        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export XLSX")).click());
        byte[] csvBytes = Files.readAllBytes(csv.path());
        byte[] xlsxBytes = Files.readAllBytes(xlsx.path());

        List<ActivityDraft> original = AsUser.call(lead, () -> plans.planContent(plan.id()));
        assertThat(original).anySatisfy(d -> assertThat(d.voice().reviewLessons())
                .isEqualTo("Evening sessions reached more people"));
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).contains("'=Survey of people on orders");
        for (var file : List.of(new Object[] {"again.csv", csvBytes}, new Object[] {"again.xlsx", xlsxBytes})) {
            ActionPlan again = AsUser.call(lead, () -> plans.createPlan(partnership.id(), new PlanDraft("Again",
                    null, LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
            AsUser.call(lead, () -> transfer.importFile(again.id(), (String) file[0], (byte[]) file[1]));
            assertThat(AsUser.call(lead, () -> plans.planContent(again.id()))).isEqualTo(original);
        }
    }
}
