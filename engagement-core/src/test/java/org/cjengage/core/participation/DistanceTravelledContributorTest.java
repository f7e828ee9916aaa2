package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
class DistanceTravelledContributorTest {

    @Autowired DashboardService dashboards;
    @Autowired DistanceTravelledService participation;
    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired JdbcTemplate jdbc;
    @Autowired StandardsCatalogue standards;

    SectionFixture fixture;
    LocalDate today;

    @BeforeEach
    void givenFourServices() {
        today = dashboards.today();
        fixture = SectionFixture.create(data, activities, jdbc, standards, today);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private List<DashboardSection> sections(Role role, DashboardFilter filter) {
        long id = fixture.partnership().id();
        return AsUser.call(data.user(role, id), () -> dashboards.partnership(id, filter)).figures().sections();
    }

    private static Map<String, List<SectionCell>> rows(DashboardSection section) {
        return section.rows().stream().collect(Collectors.toMap(DashboardSection.Row::label, DashboardSection.Row::cells));
    }

    private static List<SectionCell> exactCounts(long... values) {
        return java.util.Arrays.stream(values).<SectionCell>mapToObj(v -> new SectionCell.Shown(Figure.exact(v))).toList();
    }

    @Test
    void perServiceBaselineCurrentTargetDistanceStatusAndReview() {
        var services = rows(SectionFixture.section(sections(Role.STAFF, DashboardFilter.NONE),
                DistanceTravelledContributor.ID));

        assertThat(services.keySet()).containsExactlyInAnyOrder("On track", "Reached", "At risk", "Not started");
        assertThat(services.get("On track")).containsExactly(new SectionCell.Value(2), new SectionCell.Value(5),
                new SectionCell.Value(8), new SectionCell.Value(3), new SectionCell.Label("dashboard.section.distance.status.ON_TRACK"),
                new SectionCell.Label("dashboard.section.distance.reviewNotDue"), new SectionCell.Shown(Figure.exact(2)));
        // the superseded 3 is left out: baseline is its correction, 1
        assertThat(services.get("Reached")).startsWith(new SectionCell.Value(1), new SectionCell.Value(4),
                new SectionCell.Value(4), new SectionCell.Value(3),
                new SectionCell.Label("dashboard.section.distance.status.TARGET_REACHED"));
        assertThat(services.get("At risk").subList(4, 6)).containsExactly(
                new SectionCell.Label("dashboard.section.distance.status.AT_RISK"),
                new SectionCell.Label("dashboard.section.distance.reviewDue"));
        assertThat(services.get("Not started")).startsWith(new SectionCell.Label("dashboard.section.distance.none"),
                new SectionCell.Label("dashboard.section.distance.none"), new SectionCell.Value(8));
    }

    @Test
    void theDashboardAgreesWithTheServicePageOnEveryStatus() {
        var staff = data.user(Role.STAFF, fixture.partnership().id());
        Map<String, String> expected = AsUser.call(staff, () -> participation.services(fixture.partnership().id()))
                .stream().collect(Collectors.toMap(s -> s.service().name(),
                        s -> "dashboard.section.distance.status." + s.journey().status().name()));
        var services = rows(SectionFixture.section(sections(Role.STAFF, DashboardFilter.NONE),
                DistanceTravelledContributor.ID));

        expected.forEach((name, status) -> assertThat(services.get(name).get(4)).isEqualTo(new SectionCell.Label(status)));
    }

    @Test
    void countsOfServicesAndObservationsAreNotPeopleSoStaffAndPartnersSeeThemExactly() {
        DashboardSection staff = SectionFixture.section(sections(Role.STAFF, DashboardFilter.NONE),
                DistanceTravelledContributor.STATUS_ID);
        assertThat(staff.rows()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo(fixture.partnership().name());
            assertThat(r.cells()).isEqualTo(exactCounts(1, 1, 1, 1));
        });

        List<DashboardSection> partner = sections(Role.PARTNER, DashboardFilter.NONE);
        assertThat(SectionFixture.section(partner, DistanceTravelledContributor.STATUS_ID).rows().getFirst().cells())
                .isEqualTo(exactCounts(1, 1, 1, 1));
        assertThat(rows(SectionFixture.section(partner, DistanceTravelledContributor.ID)).get("On track").get(6))
                .isEqualTo(rows(SectionFixture.section(sections(Role.STAFF, DashboardFilter.NONE),
                        DistanceTravelledContributor.ID)).get("On track").get(6));
    }

    @Test
    void periodAndCommunityFiltersApplyToObservationsAndServices() {
        var endedEarlier = rows(SectionFixture.section(sections(Role.STAFF,
                new DashboardFilter(null, null, today.minusDays(150), null, null)), DistanceTravelledContributor.ID));
        assertThat(endedEarlier.get("On track").subList(0, 2)).containsExactly(new SectionCell.Value(2), new SectionCell.Value(2));

        var startedLater = rows(SectionFixture.section(sections(Role.STAFF,
                new DashboardFilter(null, today.minusDays(120), null, null, null)), DistanceTravelledContributor.ID));
        assertThat(startedLater.get("On track").subList(0, 2)).containsExactly(new SectionCell.Value(5), new SectionCell.Value(5));

        var victims = rows(SectionFixture.section(sections(Role.STAFF,
                new DashboardFilter(null, null, null, "VICTIMS", null)), DistanceTravelledContributor.ID));
        assertThat(victims.keySet()).containsExactly("On track");
    }

    @Test
    void theNationalRollUpCountsStatusesPerPartnership() {
        var viewer = data.user(Role.NATIONAL_VIEWER, null);
        var admin = data.userWith(java.util.Set.of(Membership.national(Role.ADMIN)));

        List<DashboardSection> exact = AsUser.call(admin, () -> dashboards.national(DashboardFilter.NONE)).figures().sections();
        assertThat(exact).extracting(DashboardSection::id).doesNotContain(DistanceTravelledContributor.ID);
        assertThat(rows(SectionFixture.section(exact, DistanceTravelledContributor.STATUS_ID))
                .get(fixture.partnership().name())).isEqualTo(exactCounts(1, 1, 1, 1));

        var viewed = AsUser.call(viewer, () -> dashboards.national(DashboardFilter.NONE)).figures().sections();
        assertThat(rows(SectionFixture.section(viewed, DistanceTravelledContributor.STATUS_ID))
                .get(fixture.partnership().name())).isEqualTo(exactCounts(1, 1, 1, 1));
    }
}
