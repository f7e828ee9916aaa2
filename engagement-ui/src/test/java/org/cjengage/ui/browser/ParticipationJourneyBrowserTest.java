package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipationJourneyBrowserTest extends BrowserTest {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired TestData data;

    @Test
    void aLeadAddsAServiceRecordsABaselineAndTwoObservationsAndSeesTheJourney() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        LocalDate today = LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE);
        signIn(lead.username(), TestData.PASSWORD);

        page.navigate(url("distance-travelled"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New service")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Service name", new Locator.GetByLabelOptions().setExact(true)).fill("Community payback placements");
        dialog.getByLabel("Owning organisation", new Locator.GetByLabelOptions().setExact(true)).fill("Council justice social work");
        dialog.getByLabel("Sector", new Locator.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Statutory")).click();
        Locator targetDate = dialog.getByLabel("Target date", new Locator.GetByLabelOptions().setExact(true));
        targetDate.fill(today.plusYears(2).format(UK));
        targetDate.press("Enter");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(u -> u.contains("/distance-travelled/service/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Community payback placements"))).isVisible();

        record(today.minusMonths(9), "2 Informed", "Leaflet given at induction; no feedback route", true);
        record(today.minusMonths(5), "4 Consulted", "Exit questionnaire answered by most people finishing", false);
        record(today.minusDays(10), "5 Engaged", "People on orders changed the placement list", false);

        assertThat(page.locator("#figure-baseline")).hasText("2 Informed");
        assertThat(page.locator("#figure-current")).hasText("5 Engaged");
        assertThat(page.locator("#figure-travelled")).hasText("+3 stages");
        assertThat(page.locator("#figure-remaining")).hasText("3 stages");
        assertThat(page.locator("#figure-status")).containsText("On track");
        Locator chart = page.locator("#journey-chart");
        assertThat(chart).hasAttribute("data-rendered", "true");
        assertThat(chart.locator("svg").first()).isVisible();
        assertThat(page.locator("#journey-table")).containsText("5 Engaged");
        assertThat(page.locator("#journey-table")).containsText("8 Co-producing");
    }

    private void record(LocalDate date, String stage, String evidence, boolean baseline) {
        Locator dateField = page.getByLabel("Date observed", new Page.GetByLabelOptions().setExact(true));
        dateField.fill(date.format(UK));
        dateField.press("Enter");
        page.getByLabel("Stage on the participation scale", new Page.GetByLabelOptions().setExact(true)).click();
        choose(stage, false);
        page.getByLabel("Evidence", new Page.GetByLabelOptions().setExact(true)).fill(evidence);
        if (baseline) {
            page.getByLabel("Mark as the baseline").check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record observation")).click();
        assertThat(page.locator("#observation-history")).containsText(evidence);
    }
}
