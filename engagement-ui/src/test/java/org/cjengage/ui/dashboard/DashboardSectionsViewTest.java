package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.dashboard.DashboardService;
import org.cjengage.core.dashboard.SectionFixture;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The standards radar and distance travelled sections as drawn on the dashboards (data: {@link SectionFixture}). */
@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class DashboardSectionsViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired JdbcTemplate jdbc;
    @Autowired StandardsCatalogue standards;
    @Autowired DashboardService dashboards;

    SectionFixture fixture;

    @BeforeEach
    void givenAssessmentsAndServices() {
        fixture = SectionFixture.create(data, activities, jdbc, standards, dashboards.today());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private void open(Role role) {
        AsUser.signIn(data.user(role, fixture.partnership().id()));
        UI.getCurrent().navigate(DashboardView.class,
                QueryParameters.of("partnership", String.valueOf(fixture.partnership().id())));
    }

    @Test
    void aLeadSeesTheStandardsRadarAndDistanceTravelledWithTheirTables() {
        open(Role.STRATEGY_LEAD);

        ChartSection radar = $(ChartSection.class).id("dashboard-section-standards-radar");
        // the standards with no approved assessment are left out of the chart and their spokes say so
        assertThat(radar.chart.optionJson()).contains("\"" + fixture.standard1().name() + "\"", "[3.5,0]", "[3.0,1]",
                "[\"-\",2]", "\\n(no result)\"");
        assertThat(DashboardFixture.cellTexts(radar.table.getElement())).containsSubsequence(
                "Standard", "Mean score", "Approved assessments",
                fixture.standard1().name(), "3.5", "2", fixture.standard2().name(), "3.0", "1")
                .contains("No result");

        ChartSection distance = $(ChartSection.class).id("dashboard-section-distance-travelled");
        assertThat(DashboardFixture.cellTexts(distance.table.getElement())).containsSubsequence(
                "Service", "Baseline stage", "Current stage", "Target stage", "Distance travelled", "Status", "Review",
                "Observations", "On track", "2", "5", "8", "3", "On track", "Up to date", "2")
                .containsSubsequence("At risk", "3", "3", "8", "0", "At risk", "Review due", "1")
                .containsSubsequence("Not started", "None yet", "None yet", "8", "None yet", "No baseline");
        ChartSection byStatus = $(ChartSection.class).id("dashboard-section-distance-status");
        assertThat(DashboardFixture.cellTexts(byStatus.table.getElement())).containsSubsequence(
                "On track", "At risk", "Target reached", "No baseline", fixture.partnership().name(), "1", "1", "1", "1");
    }

    @Test
    void aPartnerSeesMeansWithTheirNAndCountsOfServicesAsTheyAre() {
        open(Role.PARTNER);

        ChartSection section = $(ChartSection.class).id("dashboard-section-standards-radar");
        var radar = DashboardFixture.cellTexts(section.table.getElement());
        assertThat(radar).containsSubsequence(fixture.standard1().name(), "3.5", "2").doesNotContain("<5");
        assertThat(section.chart.optionJson()).contains("3.5").doesNotContain("(not shown)");
        assertThat(DashboardFixture.cellTexts($(ChartSection.class).id("dashboard-section-distance-status")
                .table.getElement())).containsSubsequence(fixture.partnership().name(), "1", "1", "1", "1");
    }
}
