package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * The plain-HTML sign-in page in Chromium: signing in and failing with the keyboard alone, the failure announced
 * and tied to the fields, a visible focus, no sideways scrolling on a 320 px screen, no request for Vaadin's
 * bundle or any script, and no WCAG 2.2 A/AA violation found by axe-core (docs/accessibility.md).
 */
class SignInPageBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired ApplicationContext application;

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aPersonSignsInWithTheKeyboardAloneAndThePageLoadsNoScriptOrVaadinFile() {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        List<String> loaded = new CopyOnWriteArrayList<>();
        page.onRequest(request -> loaded.add(request.url()));

        page.navigate(url("login"));
        assertThat(field("Username")).isFocused();
        page.keyboard().type(staff.username());
        page.keyboard().press("Tab");
        assertThat(field("Password")).isFocused();
        page.keyboard().type(TestData.PASSWORD);
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isFocused();
        List<String> signInPage = List.copyOf(loaded);
        page.keyboard().press("Enter");

        page.waitForURL(u -> !u.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".app-title")).hasText("CJ Engage");
        assertThat(signInPage).allSatisfy(u -> assertThat(u).doesNotContain("/VAADIN/").doesNotEndWith(".js"));
    }

    @Test
    void aFailedSignInIsAnnouncedAsOneAlertDescribingBothFieldsAndTheFocusIsVisibleInTheAppsColours() {
        page.navigate(url("login"));
        field("Username").fill("nobody-" + TestData.unique("x"));
        field("Password").fill("not-the-password");
        field("Password").press("Enter");

        page.waitForURL(u -> u.endsWith("/login?error"));
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).hasCount(1);
        assertThat(alert).containsText("Check your username and password and try again.");
        assertThat(field("Username")).hasAttribute("aria-describedby", "login-error");
        assertThat(field("Password")).hasAttribute("aria-describedby", "login-error");
        assertThat(field("Username")).isFocused();
        assertThat(field("Username")).hasValue("");
        assertThat(field("Username").evaluate("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth"))
                .isEqualTo("solid 2px");
        // and the inline style sheet applies under the application's Content-Security-Policy (Lumo's primary colour)
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(0, 106, 245)");
    }

    @Test
    void onA320PixelScreenNothingScrollsSidewaysAndEveryControlIsOnScreen() {
        page.setViewportSize(320, 640);
        page.navigate(url("login?error"));

        Number sideways = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(sideways.intValue()).isLessThanOrEqualTo(0);
        for (Locator control : List.of(field("Username"), field("Password"),
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")), page.getByRole(AriaRole.ALERT))) {
            var box = control.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(320);
        }
        screenshot("sign-in-320-error");
        page.setViewportSize(390, 844);
        screenshot("sign-in-390-error");
        page.setViewportSize(1366, 900);
        page.navigate(url("login"));
        screenshot("sign-in-1366");
    }

    @Test
    void theSignInPageHasNoWcagViolationsWithOrWithoutTheFailureMessage() {
        page.navigate(url("login"));
        AxeCheck.Findings plain = AxeCheck.check(page, "/login");
        page.navigate(url("login?error"));
        AxeCheck.Findings failed = AxeCheck.check(page, "/login?error");

        assertThat(plain.violations()).isEmpty();
        assertThat(failed.violations()).isEmpty();
    }

    @Test
    void whileTheApplicationStartsThePageSaysSoAccessiblyAndItsLinkLeadsToTheFormOnceReady() {
        AvailabilityChangeEvent.publish(application, ReadinessState.REFUSING_TRAFFIC);
        try {
            page.setViewportSize(320, 640);
            page.navigate(url("login"));

            Locator status = page.getByRole(AriaRole.STATUS);
            assertThat(status).containsText("CJ Engage is starting and will be ready in a few seconds.");
            assertThat(page.locator("form")).hasCount(0);
            Number sideways = (Number) page.evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(sideways.intValue()).isLessThanOrEqualTo(0);
            screenshot("sign-in-320-starting");
            page.setViewportSize(1366, 900);
            screenshot("sign-in-1366-starting");
            AxeCheck.Findings starting = AxeCheck.check(page, "/login (starting)");
            assertThat(starting.violations()).isEmpty();
        } finally {
            AvailabilityChangeEvent.publish(application, ReadinessState.ACCEPTING_TRAFFIC);
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again")).press("Enter");

        assertThat(field("Username")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasCount(0);
    }
}
