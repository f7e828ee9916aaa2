package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.HostileInput;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Security journeys in a real browser, under the real Content-Security-Policy. */
class SecurityJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired UserRepository users;

    final List<String> cspViolations = new CopyOnWriteArrayList<>();
    final AtomicBoolean dialogFired = new AtomicBoolean();

    @BeforeEach
    void watchPage() {
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
        page.onDialog(d -> {
            dialogFired.set(true);
            d.dismiss();
        });
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Locator.GetByRoleOptions namedIn(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    private Locator.GetByLabelOptions exact() {
        return new Locator.GetByLabelOptions().setExact(true);
    }

    private void signOut() {
        context.clearCookies();
    }

    private void failToSignIn(String username, String password) {
        page.navigate(url("login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByText("Check your username and password and try again.")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void anAdminInvitesAUserWhoSignsInAndIsLaterDeactivatedAndLockedOut() {
        Partnership partnership = data.partnership();
        data.plan(partnership.id());
        EngagementPrincipal admin = data.user(Role.ADMIN, partnership.id());
        String username = TestData.unique("newcomer").toLowerCase();

        // The admin invites a new member of staff and reads the one-time password.
        signIn(admin.username(), TestData.PASSWORD);
        page.navigate(url("admin/users"));
        page.getByRole(AriaRole.BUTTON, named("Invite user")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username", exact()).fill(username);
        dialog.getByLabel("Name", exact()).fill("Seònaid Newcomer 🌿");
        dialog.getByLabel("Role", exact()).click();
        page.getByRole(AriaRole.OPTION, named("Staff")).click();
        dialog.getByRole(AriaRole.BUTTON, namedIn("Create account")).click();
        Locator oneTimeField = page.locator("#one-time-password input");
        assertThat(oneTimeField).isVisible();
        String oneTime = oneTimeField.inputValue();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, namedIn("Close")).click();
        assertThat(page.getByText("Seònaid Newcomer 🌿").first()).isVisible();
        signOut();

        // The newcomer signs in with it and must choose their own password first.
        String before = sessionCookie();
        signIn(username, oneTime);
        assertThat(sessionCookie()).as("session id changes at sign-in").isNotEqualTo(before);
        assertThat(page.getByText("You signed in with a one-time password.")).isVisible();
        page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true)).fill(oneTime);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("password1234");
        page.getByLabel("Repeat new password", new Page.GetByLabelOptions().setExact(true)).fill("password1234");
        page.getByRole(AriaRole.BUTTON, named("Change password")).click();
        assertThat(page.getByText("This password is too common").first()).isVisible();
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("harbour lights at oban");
        page.getByLabel("Repeat new password", new Page.GetByLabelOptions().setExact(true)).fill("harbour lights at oban");
        page.getByRole(AriaRole.BUTTON, named("Change password")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Outline action plan"))).isVisible();
        signOut();

        // The admin deactivates the account.
        long userId = users.findByUsername(username).orElseThrow().id();
        signIn(admin.username(), TestData.PASSWORD);
        page.navigate(url("admin/users?user=" + userId));
        page.getByRole(AriaRole.BUTTON, named("Deactivate")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, namedIn("Deactivate")).click();
        assertThat(page.getByText("User deactivated.")).isVisible();
        page.navigate(url("admin/security-events"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("User deactivated"))
                .first()).isVisible();
        signOut();

        // The newcomer can no longer sign in, and the message says no more than for a wrong password.
        failToSignIn(username, "harbour lights at oban");
        assertThat(cspViolations).isEmpty();
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse("");
    }

    @Test
    void aScriptTagInAnActivityIsShownAsTextAndNeverRuns() {
        Partnership partnership = data.partnership();
        data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        String hostile = HostileInput.SCRIPT_TAG + "<img src=x onerror=alert(2)>";

        signIn(lead.username(), TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Add activity")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Activity", exact()).fill(hostile);
        dialog.getByLabel("Level").click();
        page.getByRole(AriaRole.OPTION, named("Consult")).click();
        dialog.getByRole(AriaRole.BUTTON, namedIn("Save")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        page.reload();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.getByText(hostile)).isVisible();
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(dialogFired.get()).as("no alert or other dialog fired").isFalse();
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void refusedAndLegitimateUnicodeInTheActivityForm() {
        Partnership partnership = data.partnership();
        data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());

        signIn(lead.username(), TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Add activity")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Activity", exact()).fill("invoice\u202Etxt.exe");
        dialog.getByLabel("Level").click();
        page.getByRole(AriaRole.OPTION, named("Inform")).click();
        dialog.getByRole(AriaRole.BUTTON, namedIn("Save")).click();
        assertThat(dialog.getByText("Contains invisible control or text-direction characters")).isVisible();

        dialog.getByLabel("Activity", exact()).fill(HostileInput.GAELIC + " ☕");
        dialog.getByRole(AriaRole.BUTTON, namedIn("Save")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText(HostileInput.GAELIC + " ☕")).isVisible();
    }

    @Test
    void openingAnotherPartnershipsActivityByUrlShowsTheNotFoundPageAndNoData() {
        Partnership own = data.partnership();
        data.plan(own.id());
        Partnership other = data.partnership();
        ActionPlan otherPlan = data.plan(other.id());
        EngagementActivity secret = data.activity(otherPlan, "Confidential plan of the other partnership");
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());

        signIn(lead.username(), TestData.PASSWORD);
        page.navigate(url("plans?plan=" + otherPlan.id() + "&activity=" + secret.id()));

        assertThat(page.getByText("The page you asked for does not exist, or you do not have access to it."))
                .isVisible();
        assertThat(page.getByText("Confidential plan of the other partnership")).hasCount(0);
        assertThat(page.getByText(otherPlan.title())).hasCount(0);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndASafeSessionCookie() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("login"))).GET().build(), HttpResponse.BodyHandlers.ofString());

        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameMessage() {
        Partnership partnership = data.partnership();
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        for (int i = 0; i < 5; i++) {
            failToSignIn(staff.username(), "not-the-password-" + i);
        }

        failToSignIn(staff.username(), TestData.PASSWORD);
    }

}
