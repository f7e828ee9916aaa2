package org.cjengage.ui.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.cjengage.core.standards.StandardsCatalogue standards;
    @Autowired org.cjengage.core.dashboard.DashboardService dashboards;

    @Test
    void aPartnerOpensTheDashboardReadsFiguresAndTableAndFollowsATileToThePlan() {
        DashboardFixture fixture = DashboardFixture.create(data, activities);
        EngagementPrincipal partner = data.user(Role.PARTNER, fixture.partnership().id());

        signIn(partner.username(), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();

        assertThat(page.locator("#dashboard-tile-total")).containsText("13");
        assertThat(page.locator("#dashboard-tile-overdue")).containsText("5");
        Locator stageTable = page.locator("#dashboard-stage table");
        assertThat(stageTable).containsText("Plan");
        assertThat(page.locator("#dashboard-people table")).containsText("48");
        assertThat(page.locator(".cje-suppression-note")).isHidden();
        assertThat(stageTable.locator("tbody tr").first()).containsText("Analyse");
        assertThat(page.locator("#dashboard-coverage")).containsText("Not involved at all: People with convictions");
        assertThat(page.locator("#dashboard-stage .cje-chart[data-rendered='true']")).hasCount(1);

        page.locator("#dashboard-tile-complete").click();

        page.waitForURL(Pattern.compile(".*/plans\\?plan=" + fixture.plan().id() + "&status=COMPLETE$"));
        assertThat(page.getByText("Complete 0")).isVisible();
    }

    @Test
    void aNationalViewerSeesEveryActivityCountButSmallCountsOfPeopleSuppressedAndUnlinked() {
        DashboardFixture fixture = DashboardFixture.create(data, activities);
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);

        signIn(national.username(), TestData.PASSWORD);
        page.navigate(url("dashboard?partnership=" + fixture.partnership().id()));

        assertThat(page.locator("#dashboard-tile-total")).containsText("13");
        assertThat(page.locator("#dashboard-tile-people")).containsText("70");
        assertThat(page.locator(".cje-suppression-note")).containsText("count of people from 1 to 4");
        Locator people = page.locator("#dashboard-people table");
        assertThat(people).containsText("<5");
        assertThat(people).containsText("hidden");
        assertThat(people.locator("a")).hasCount(0);
        assertThat(page.locator("#dashboard-stage table")).not().containsText("<5");
    }

    @Test
    void aLeadReadsTheStandardsRadarAndDistanceTravelledWithTheirTables() {
        var fixture = org.cjengage.core.dashboard.SectionFixture.create(data, activities, jdbc, standards,
                dashboards.today());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, fixture.partnership().id());

        signIn(lead.username(), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();

        assertThat(page.locator("#dashboard-section-standards-radar .cje-chart[data-rendered='true']")).hasCount(1);
        assertThat(page.locator("#dashboard-section-standards-radar table")).containsText("3.5");
        Locator services = page.locator("#dashboard-section-distance-travelled table");
        assertThat(services.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("At risk")).first())
                .containsText("Review due");
        assertThat(page.locator("#dashboard-section-distance-status .cje-chart[data-rendered='true']")).hasCount(1);
    }
}
