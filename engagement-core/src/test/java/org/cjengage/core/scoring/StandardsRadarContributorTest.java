package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardSection;
import org.cjengage.core.dashboard.DashboardService;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.dashboard.SectionCell;
import org.cjengage.core.dashboard.SectionFixture;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = CoreTestApplication.class)
class StandardsRadarContributorTest {

    @Autowired DashboardService dashboards;
    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired JdbcTemplate jdbc;
    @Autowired StandardsCatalogue standards;

    SectionFixture fixture;

    @BeforeEach
    void givenKnownAssessments() {
        fixture = SectionFixture.create(data, activities, jdbc, standards, dashboards.today());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private DashboardSection radar(Role role, DashboardFilter filter) {
        long id = fixture.partnership().id();
        return SectionFixture.section(AsUser.call(data.user(role, id), () -> dashboards.partnership(id, filter))
                .figures().sections(), StandardsRadarContributor.ID);
    }

    private static SectionCell.ShownAverage mean(DashboardSection section, int row) {
        return (SectionCell.ShownAverage) section.rows().get(row).cells().get(0);
    }

    @Test
    void meansOnlyApprovedNationalStandardsAssessmentsPerStandardWithTheirCount() {
        DashboardSection radar = radar(Role.STAFF, DashboardFilter.NONE);

        assertThat(radar.chart()).isEqualTo(DashboardSection.ChartKind.RADAR);
        assertThat(radar.valueMax()).isEqualTo(standards.scaleOf(standards.nationalStandards()).max());
        assertThat(radar.rows()).extracting(DashboardSection.Row::label).containsExactlyElementsOf(
                standards.nationalStandards().elements().stream().map(e -> e.name()).toList());
        assertThat(mean(radar, 0).value()).isEqualTo(3.5);
        assertThat(mean(radar, 0).basis()).isEqualTo(Figure.exact(2));
        assertThat(radar.rows().get(0).cells().get(1)).isEqualTo(new SectionCell.Shown(Figure.exact(2)));
        assertThat(mean(radar, 1).value()).isEqualTo(3.0);
        assertThat(mean(radar, 1).basis()).isEqualTo(Figure.exact(1));
        assertThat(mean(radar, 2).value()).isNull();
        assertThat(mean(radar, 2).basis()).isEqualTo(Figure.exact(0));
    }

    @Test
    void levelAndCommunityFiltersApplyThroughTheAssessedActivity() {
        DashboardSection engage = radar(Role.STAFF, new DashboardFilter(null, null, null, null, "ENGAGE"));
        assertThat(mean(engage, 0).value()).isEqualTo(2.0);
        assertThat(mean(engage, 1).value()).isNull();

        DashboardSection victims = radar(Role.STAFF, new DashboardFilter(fixture.plan().id(), null, null, "VICTIMS", null));
        assertThat(mean(victims, 0).value()).isEqualTo(5.0);
        assertThat(mean(victims, 0).basis()).isEqualTo(Figure.exact(1));
    }

    @Test
    void assessmentCountsAreNotPeopleSoAPartnerSeesThemAndTheirMeansAsTheyAre() {
        DashboardSection radar = radar(Role.PARTNER, DashboardFilter.NONE);

        assertThat(mean(radar, 0).value()).isNotNull();
        assertThat(mean(radar, 0).basis()).isEqualTo(Figure.exact(2));
        assertThat(radar.rows().get(0).cells().get(1)).isEqualTo(new SectionCell.Shown(Figure.exact(2)));
        assertThat(mean(radar, 2).basis()).isEqualTo(Figure.exact(0));
        assertThat(mean(radar, 2).value()).isNull();
    }

    @Test
    void theNationalRollUpAveragesAcrossPartnerships() {
        var nationalAdmin = data.userWith(java.util.Set.of(Membership.national(Role.ADMIN)));
        DashboardSection radar = SectionFixture.section(AsUser.call(nationalAdmin,
                () -> dashboards.national(DashboardFilter.NONE)).figures().sections(), StandardsRadarContributor.ID);
        Long expected = jdbc.queryForObject("SELECT COUNT(DISTINCT x.id) FROM assessment x JOIN assessment_score s"
                + " ON s.assessment_id = x.id WHERE x.status = 'APPROVED' AND x.framework_id = ?"
                + " AND s.element_code = ? AND s.score_value IS NOT NULL", Long.class,
                standards.nationalStandards().id(), fixture.standard1().code());

        assertThat(mean(radar, 0).basis()).isEqualTo(Figure.exact(expected));
        assertThat(expected).isGreaterThanOrEqualTo(2);
        assertThat(List.of(mean(radar, 0).value())).doesNotContainNull();
    }
}
