package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FoundationJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;

    @Test
    void aStrategyLeadSignsInAddsAnActivityAndStillSeesItAfterReloading() {
        Partnership partnership = data.partnership();
        data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());

        signIn(lead.username(), TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add activity")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Activity", new Locator.GetByLabelOptions().setExact(true)).fill("Listening event in the town hall");
        dialog.getByLabel("Level").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Consult")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

        page.reload();

        assertThat(page.getByText("Listening event in the town hall")).isVisible();
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndNoApplication() {
        page.navigate(url("login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("nobody");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByText("Check your username and password and try again.")).isVisible();
    }
}
