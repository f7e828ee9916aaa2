package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, item 1, with two people in two browsers: an admin changes a strategy lead's access while the lead's
 * page is open. The lead's next save is refused with a clear message, the page is left, and the Delete plan and
 * Import buttons are gone; a removed lead stays visible to the admin as a former member and can be deactivated.
 */
class AccessChangesBrowserTest extends BrowserTest {

    @Autowired TestData data;

    Partnership partnership;
    ActionPlan plan;
    EngagementPrincipal admin;
    EngagementPrincipal lead;
    BrowserContext adminContext;
    Page adminPage;

    @BeforeEach
    void twoPeopleSignedIn() {
        partnership = data.partnership();
        plan = data.plan(partnership.id());
        admin = data.user(Role.ADMIN, partnership.id());
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        adminContext = newContext();
        adminPage = adminContext.newPage();
        signIn(adminPage, admin.username(), TestData.PASSWORD);
        signIn(lead.username(), TestData.PASSWORD);
    }

    @AfterEach
    void closeAdmin() {
        adminContext.close();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions namedIn(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    /** The admin sets the lead's role in the partnership ("No role" removes them) in the admin's browser. */
    private void adminSetsLeadRole(String roleLabel) {
        adminPage.navigate(url("admin/users?user=" + lead.userId()));
        adminPage.getByRole(AriaRole.BUTTON, named("Change role")).click();
        Locator dialog = adminPage.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Role", new Locator.GetByLabelOptions().setExact(true)).click();
        adminPage.getByRole(AriaRole.OPTION, named(roleLabel)).click();
        dialog.getByRole(AriaRole.BUTTON, namedIn("Save")).click();
        assertThat(adminPage.getByText("Role changed.")).isVisible();
    }

    /** The lead, on the page opened before the change, tries to add an activity. */
    private void leadTriesToAddAnActivity() {
        page.getByRole(AriaRole.BUTTON, named("Add activity")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Activity", new Locator.GetByLabelOptions().setExact(true)).fill("Coffee morning at the hub");
        dialog.getByLabel("Level").click();
        choose("Consult", true);
        dialog.getByRole(AriaRole.BUTTON, namedIn("Save")).click();
    }

    private void assertAccessChangedPageThenPlanWithoutEditButtons() {
        assertThat(page.getByRole(AriaRole.HEADING, named("Your access has changed"))).isVisible();
        page.getByText("Continue with your current access").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @Test
    void aLeadDemotedToPartnerWhileTheirPageIsOpenIsRefusedAtTheNextSaveAndLosesTheButtons() {
        // Given the lead's plan page shows the lead's buttons
        assertThat(page.getByRole(AriaRole.BUTTON, named("Delete plan"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Import activities"))).isVisible();

        // When the admin, in another browser, demotes the lead to partner
        adminSetsLeadRole("Partner");

        // Then the lead's next save, on the page already open, is refused and the page says why
        leadTriesToAddAnActivity();
        assertAccessChangedPageThenPlanWithoutEditButtons();

        // And the plan, still readable by a partner, comes back without the buttons
        assertThat(page.getByRole(AriaRole.HEADING, named("Outline action plan"))).isVisible();
        assertThat(page.getByText("Export XLSX").first()).isVisible(); // the plan is still shown to a partner
        assertThat(page.getByRole(AriaRole.BUTTON, named("Delete plan"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Import activities"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Add activity"))).hasCount(0);
        assertThat(page.getByText("Coffee morning at the hub")).hasCount(0);
    }

    @Test
    void aLeadRemovedFromThePartnershipIsRefusedAndTheAdminStillListsAndDeactivatesThemAsAFormerMember() {
        adminSetsLeadRole("No role (remove from this partnership)");

        leadTriesToAddAnActivity();
        assertAccessChangedPageThenPlanWithoutEditButtons();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Delete plan"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Add activity"))).hasCount(0);

        // The admin finds the removed lead among former members and deactivates the account
        adminPage.navigate(url("admin/users"));
        assertThat(adminPage.getByText(lead.displayName())).hasCount(0);
        adminPage.getByText("Former members").click();
        adminPage.getByText(lead.displayName()).first().click();
        assertThat(adminPage.getByText("Former member of " + partnership.name()).first()).isVisible();
        adminPage.getByRole(AriaRole.BUTTON, named("Deactivate")).click();
        adminPage.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, namedIn("Deactivate")).click();
        assertThat(adminPage.getByText("User deactivated. They can no longer sign in.")).isVisible();

        // And the lead's open session has ended
        page.navigate(url(""));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).contains("/login");
    }
}
