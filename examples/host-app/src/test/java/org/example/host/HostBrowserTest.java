package org.example.host;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The host application with the plugin, in Debian's Chromium: one sign-in serves the host's pages (its layout, its
 * repository's data, its texts) and the plugin's pages below /engage (the plugin's layout and texts). The browser
 * comes from the plugin's {@link BrowserTest} (engagement-ui's test-jar); the application is the host's.
 */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostBrowserTest extends BrowserTest {

    @Autowired TestData data;

    @Test
    void oneSignInServesTheHostsPagesAndThePluginsPagesSideBySide() {
        // Given a member of a partnership with a plan (the plugin's store), and the host's notices (its own table)
        var partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        data.activity(plan, "Listening event at the hub");

        page.setViewportSize(1366, 900);

        // When they open the host's home page, they are sent to the plugin's sign-in page below the prefix
        page.navigate(url(""));
        page.waitForURL(u -> u.endsWith("/engage/login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(lead.username());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        // Then the host's home page: the host's layout, its repository's notices, its texts
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".host-title")).hasText("Riverside Community Justice Hub");
        assertThat(page.locator("#host-notices")).containsText("Volunteer induction in January");
        assertThat(page.locator("#host-notices")).containsText("Drop-in sessions on Thursday evenings");
        assertThat(page.locator(".app-title")).hasCount(0);
        noUntranslatedKeys();
        screenshot("host-home");

        // When they follow the host's link to the plugin's plans
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Engagement plans")).click();

        // Then the plugin's plan grid at /engage/plans, in the plugin's layout and not the host's
        page.waitForURL(u -> u.contains("/engage/plans"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".app-title")).hasText("CJ Engage");
        assertThat(page.locator(".host-title")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.getByText("Listening event at the hub")).isVisible();
        noUntranslatedKeys();
        screenshot("plugin-plans");

        // When they follow the plugin's navigation back to the host, they are still signed in
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hub notice board")).click();
        page.waitForURL(url(""));
        assertThat(page.locator(".host-title")).hasText("Riverside Community Justice Hub");
        assertThat(page.locator("#host-notices")).containsText("Volunteer induction in January");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("About the hub")).click();
        page.waitForURL(url("about"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("About the hub"))).isVisible();
        assertThat(page.locator(".host-user")).hasText(lead.username());
        noUntranslatedKeys();
    }

    private void noUntranslatedKeys() {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContainPattern("![a-zA-Z][a-zA-Z0-9_.-]*!");
    }
}
