package org.example.host;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.browser.BrowserTest;
import org.cjengage.ui.layout.MainLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The host application with the plugin, in Debian's Chromium: one sign-in serves the host's pages (its layout, its
 * repository's data, its texts) and the plugin's pages below /engage (the plugin's layout and texts). The browser
 * comes from the plugin's {@link BrowserTest} (engagement-ui's test-jar); the application is the host's.
 */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HostBrowserTest.FailingPages.class)
class HostBrowserTest extends BrowserTest {

    /** Words of the exception a failing page raises; no error page may show them. */
    static final String INTERNAL_DETAIL = "internal detail 4711";

    /** A page that fails as it opens, once at a host address (host layout) and once below the plugin's prefix. */
    @PermitAll
    public static class FailingPage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(INTERNAL_DETAIL);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingPages {
        @Bean
        VaadinServiceInitListener failingPages() {
            return event -> {
                var routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
                routes.setRoute("failing", FailingPage.class, List.of(HostLayout.class));
                routes.setRoute("engage/failing", FailingPage.class, List.of(MainLayout.class));
            };
        }
    }

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

    @Test
    void theHostsPagesShowTheHostsErrorPageAndThePluginsPagesThePlugins() {
        // Given a signed-in member of a partnership, and another partnership's plan and activity
        Partnership other = data.partnership();
        ActionPlan otherPlan = data.plan(other.id());
        EngagementActivity secret = data.activity(otherPlan, "Confidential activity of another partnership");
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        page.setViewportSize(1366, 900);
        page.navigate(url(""));
        page.waitForURL(u -> u.endsWith("/engage/login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(staff.username());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.contains("/login"));

        // When a page of the host's fails
        page.navigate(url("failing"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        // Then the host's own error page, in the host's layout, with nothing of the exception
        assertThat(page.locator("#host-error")).containsText("This page of the hub could not be shown");
        assertThat(page.locator(".host-title")).hasText("Riverside Community Justice Hub");
        assertThat(page.locator(".app-title")).hasCount(0);
        assertThat(page.locator("body").innerText()).doesNotContain(INTERNAL_DETAIL).doesNotContain("Exception");
        noUntranslatedKeys();
        screenshot("host-error");

        // When a page below the plugin's prefix fails unexpectedly
        page.navigate(url("engage/failing"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        // Then the plugin's apology with a reference, in the plugin's layout, with nothing of the exception
        assertThat(page.getByText("Something went wrong and nothing was saved")).isVisible();
        assertThat(page.locator(".app-title")).hasText("CJ Engage");
        assertThat(page.locator(".host-title")).hasCount(0);
        assertThat(page.locator("#host-error")).hasCount(0);
        assertThat(page.locator("body").innerText()).doesNotContain(INTERNAL_DETAIL).doesNotContain("Exception");
        noUntranslatedKeys();
        screenshot("plugin-unexpected-error");

        // When they open another partnership's activity at the plugin's address
        page.navigate(url("engage/plans?plan=" + otherPlan.id() + "&activity=" + secret.id()));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        // Then the plugin's refusal, which tells a missing record from a forbidden one in no way, in the plugin's layout
        assertThat(page.getByText("does not exist, or you do not have access to it")).isVisible();
        assertThat(page.locator(".app-title")).hasText("CJ Engage");
        assertThat(page.locator("#host-error")).hasCount(0);
        assertThat(page.locator("body").innerText()).doesNotContain("Confidential");
        noUntranslatedKeys();
    }

    private void noUntranslatedKeys() {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContainPattern("![a-zA-Z][a-zA-Z0-9_.-]*!");
    }
}
