package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff score an activity and submit; a strategy lead approves; the radar chart and its table show the result. */
class ScoringJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;

    @Test
    void staffScoreAndSubmitThenAReviewerApprovesAndTheRadarShows() {
        Partnership partnership = data.partnership();
        EngagementActivity activity = data.activity(data.plan(partnership.id()), "Open meeting on community sentences");
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());

        // Staff open the activity's assessments, start a planning check and score two indicators.
        signIn(staff.username(), TestData.PASSWORD);
        page.navigate(url("activities/" + activity.id() + "/assessments"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start my assessment")).click();
        page.waitForURL(u -> u.matches(".*/assessments/\\d+$"));
        String assessmentUrl = page.url();
        score("1a", "5 Very good", "Invitations went out four weeks ahead");
        score("1b", "4 Good", "Interpreters were booked for two sessions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Submit anyway")).click();
        // the draft is saved, then submitted: two steps, so allow a busy server more than the default 5 s
        assertThat(page.getByText("Assessment submitted for review.")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.getByText("Status: Submitted", new Page.GetByTextOptions().setExact(false))).isVisible();

        // A strategy lead signs in and approves.
        context.clearCookies();
        signIn(lead.username(), TestData.PASSWORD);
        page.navigate(assessmentUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Approve")).click();
        assertThat(page.getByText("Status: Approved", new Page.GetByTextOptions().setExact(false))).isVisible();

        // The activity's page draws the radar and shows the same numbers in a table.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the activity's assessments")).click();
        Locator chart = page.locator(".cje-chart[data-rendered='true']");
        assertThat(chart).hasCount(1);
        assertThat(chart.locator("svg")).hasCount(1);
        Locator inclusion = page.locator(".scoring-stage-table tr", new Page.LocatorOptions().setHasText("1 Inclusion"));
        assertThat(inclusion.locator("td").nth(0)).hasText("4.5");
        assertThat(inclusion.locator("td").nth(2)).hasText("Not comparable");
    }

    private void score(String indicator, String choice, String evidence) {
        page.getByLabel("Score for indicator " + indicator, new Page.GetByLabelOptions().setExact(true)).click();
        choose(choice, true);
        page.getByLabel("Evidence for indicator " + indicator, new Page.GetByLabelOptions().setExact(true)).fill(evidence);
    }
}
