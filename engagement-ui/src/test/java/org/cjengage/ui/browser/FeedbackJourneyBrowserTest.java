package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead switches feedback on; someone who took part answers on a phone through the public link without
 * signing in; the lead accepts the response and quotes it into "you said"; the activity page shows both.
 */
class FeedbackJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;

    @Test
    void aParticipantAnswersOnAPhoneAndTheLeadAcceptsAndQuotesIt() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        EngagementActivity activity = data.activity(plan, "Family members' evening at the prison visitor centre");
        signIn(lead.username(), TestData.PASSWORD);

        page.navigate(url("activities/" + activity.id() + "/feedback"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch feedback on")).click();
        Locator link = page.locator("#feedback-url input");
        assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/f/[A-Za-z0-9_-]{32}$"));
        String formUrl = link.inputValue();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code that opens the feedback form")))
                .isVisible();

        BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        try {
            Page form = phone.newPage();
            Response opened = form.navigate(formUrl);
            assertThat(opened.status()).isEqualTo(200);
            assertThat(form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tell us what you think")))
                    .isVisible();
            assertThat(form.getByText("Family members' evening at the prison visitor centre")).isVisible();
            form.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "screenshots", "feedback-form-phone.png")));
            AxeCheck.Findings findings = AxeCheck.check(form, "public feedback form");
            assertThat(findings.violations()).isEmpty();

            form.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Did you feel listened to?"))
                    .getByText("4", new Locator.GetByTextOptions().setExact(true)).click();
            form.getByLabel("What should change?").fill("Evening sessions so working families can come");
            form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
            assertThat(form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you"))).isVisible();
            assertThat(form.locator("html")).not().containsText(lead.username());
        } finally {
            phone.close();
        }

        page.reload();
        Locator pending = page.locator(".cj-feedback-response");
        assertThat(pending).hasCount(1);
        assertThat(pending).containsText("Evening sessions so working families can come");
        pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.getByText("Accepted responses: 1")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Quote the answer to \"What should change?\" in \"you said\"")).click();
        assertThat(page.getByText("Added to the activity's \"you said\".")).isVisible();

        page.navigate(url("activities/" + activity.id()));
        page.locator("#activity-feedback").waitFor();
        assertThat(page.locator("#activity-feedback")).containsText("Accepted responses: 1");
        assertThat(page.locator("#activity-feedback")).containsText("4.0 out of 5");
        assertThat(page.getByLabel("You said", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("\u201CEvening sessions so working families can come\u201D");
    }

    @Test
    void aClosedOrUnknownLinkAnswersNotFound() {
        Response response = page.navigate(url("f/no-such-token-0123456789abcdef"));

        assertThat(response.status()).isEqualTo(404);
        Locator notice = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This form is not available"));
        notice.waitFor();
        screenshot("feedback-unavailable");
        assertThat(notice).isVisible();
    }
}
