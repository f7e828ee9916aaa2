package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The services' read model (V3 service_standing) on the real MariaDB: what each write leaves in a service's row. */
@SpringBootTest(classes = CoreTestApplication.class)
class ServiceStandingsPersistenceTest {

    @Autowired DistanceTravelledService participation;
    @Autowired DistanceTravelledQueries queries;
    @Autowired ServiceStandings standings;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    Partnership partnership;
    EngagementPrincipal lead;
    LocalDate today;

    @BeforeEach
    void givenAPartnershipAndItsLead() {
        partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        today = participation.today();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private TrackedService newService() {
        return AsUser.call(lead, () -> participation.createService(partnership.id(), new ServiceDraft(
                TestData.unique("Service"), "Council", Sector.STATUTORY, Set.of("VICTIMS"), 8, today.plusYears(1))));
    }

    private Observation observe(long serviceId, ObservationDraft draft) {
        return AsUser.call(lead, () -> participation.recordObservation(serviceId, draft));
    }

    private Map<String, Object> row(long serviceId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT partnership_id, observations, baseline_id,"
                + " baseline_stage, baseline_on, current_id, current_stage, current_on FROM service_standing"
                + " WHERE service_id = ?", serviceId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    @Test
    void aNewServiceIsCountedInItsOwnTransactionWithNothingObserved() {
        TrackedService service = newService();

        Map<String, Object> row = row(service.id());

        assertThat(row).containsEntry("partnership_id", partnership.id()).containsEntry("observations", 0)
                .containsEntry("baseline_id", null).containsEntry("current_id", null);
    }

    @Test
    void observationsAndCorrectionsMoveTheBaselineAndTheCurrentStageInTheWritingTransaction() {
        TrackedService service = newService();
        Observation first = observe(service.id(), ObservationDraft.of(today.minusMonths(10), 2, "Leaflets"));
        Observation second = observe(service.id(), ObservationDraft.of(today.minusMonths(2), 4, "Survey"));

        assertThat(row(service.id())).containsEntry("observations", 2).containsEntry("baseline_id", first.id())
                .containsEntry("baseline_stage", 2).containsEntry("current_id", second.id())
                .containsEntry("current_stage", 4).containsEntry("current_on", Date.valueOf(today.minusMonths(2)));

        // correcting the earliest (the baseline) keeps the count; the correction is the baseline now
        Observation corrected = observe(service.id(), ObservationDraft.of(today.minusMonths(11), 1, "Nothing yet")
                .correcting(first.id()));
        assertThat(row(service.id())).containsEntry("observations", 2).containsEntry("baseline_id", corrected.id())
                .containsEntry("baseline_stage", 1).containsEntry("baseline_on", Date.valueOf(today.minusMonths(11)))
                .containsEntry("current_id", second.id());

        // correcting the current one to an earlier date: it becomes the earliest (the baseline), the other current
        Observation moved = observe(service.id(), ObservationDraft.of(today.minusMonths(12), 3, "Earlier than thought")
                .correcting(second.id()));
        assertThat(row(service.id())).containsEntry("observations", 2).containsEntry("baseline_id", moved.id())
                .containsEntry("baseline_stage", 3).containsEntry("current_id", corrected.id())
                .containsEntry("current_stage", 1);
    }

    @Test
    void aRefusedObservationLeavesTheRowAsItWas() {
        TrackedService service = newService();
        observe(service.id(), ObservationDraft.of(today.minusDays(3), 3, "Seen"));
        Map<String, Object> before = row(service.id());

        assertThatThrownBy(() -> observe(service.id(), ObservationDraft.of(today.plusDays(1), 5, "Tomorrow")))
                .isInstanceOf(ValidationException.class);

        assertThat(row(service.id())).isEqualTo(before);
    }

    @Test
    void servicesWrittenWithPlainSqlAreCountedByTheFirstDashboardReadByTheSameRule() {
        jdbc.update("INSERT INTO tracked_service (partnership_id, name, owning_organisation, sector, target_stage,"
                + " target_date) VALUES (?, 'Loaded', 'Council', 'STATUTORY', 8, ?)", partnership.id(),
                Date.valueOf(today.plusYears(1)));
        long id = jdbc.queryForObject("SELECT id FROM tracked_service WHERE partnership_id = ? AND name = 'Loaded'",
                Long.class, partnership.id());
        long recorder = lead.userId();
        for (int stage : new int[] {2, 5, 3}) {
            jdbc.update("INSERT INTO participation_observation (service_id, partnership_id, observed_on, stage, scale_id,"
                    + " scale_version, evidence, baseline, recorded_by) VALUES (?, ?, ?, ?, 'participation-scale', '1',"
                    + " 'Loaded', 0, ?)", id, partnership.id(), Date.valueOf(today.minusDays(100L - 10 * stage)), stage,
                    recorder);
        }
        assertThat(row(id)).as("not counted yet").isNull();

        var fromModel = queries.standings(partnership.id(), DashboardFilter.NONE);

        assertThat(row(id)).containsEntry("observations", 3).containsEntry("baseline_stage", 2)
                .containsEntry("current_stage", 5);
        assertThat(ServiceStandingsPropertyTest.figures(fromModel))
                .isEqualTo(ServiceStandingsPropertyTest.figures(queries.fromObservations(partnership.id(),
                        DashboardFilter.NONE)));
        assertThat(standings.refresh(partnership.id())).as("nothing left to count").isZero();
    }

    @Test
    void anObservationDatedAfterTodayIsLeftOutAsTheObservationsWould() {
        TrackedService service = newService();
        observe(service.id(), ObservationDraft.of(today.minusDays(30), 3, "Seen"));
        // a loader (or a clock set back) leaves an observation dated after today
        jdbc.update("INSERT INTO participation_observation (service_id, partnership_id, observed_on, stage, scale_id,"
                + " scale_version, evidence, baseline, recorded_by) VALUES (?, ?, ?, 6, 'participation-scale', '1',"
                + " 'Future', 0, ?)", service.id(), partnership.id(), Date.valueOf(today.plusDays(5)), lead.userId());
        standings.recomputeAll(List.of(service.id()));

        var fromModel = queries.standings(partnership.id(), DashboardFilter.NONE);

        assertThat(fromModel).singleElement().satisfies(s -> {
            assertThat(s.observations()).isEqualTo(1);
            assertThat(s.journey().currentStage()).contains(3);
        });
    }

    @Test
    void theDemoPartnershipsFiguresFromTheReadModelEqualThoseFromTheObservations() {
        long glenmore = jdbc.queryForObject("SELECT id FROM partnership WHERE code = 'GLENMORE'", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tracked_service t LEFT JOIN service_standing s"
                + " ON s.service_id = t.id WHERE t.partnership_id = ? AND s.service_id IS NULL", Integer.class, glenmore))
                .as("the demo loader counted its services").isZero();

        for (Long scope : java.util.Arrays.asList(glenmore, null)) {
            for (DashboardFilter filter : List.of(DashboardFilter.NONE,
                    new DashboardFilter(null, null, null, null, "PEOPLE_WITH_CONVICTIONS"))) {
                assertThat(ServiceStandingsPropertyTest.figures(queries.standings(scope, filter)))
                        .as("scope " + scope + ", community " + filter.communityCode())
                        .isEqualTo(ServiceStandingsPropertyTest.figures(queries.fromObservations(scope, filter)));
            }
        }
        var demo = queries.standings(glenmore, DashboardFilter.NONE);
        assertThat(demo).hasSize(5);
        // the employability pathway's wrong 5 was corrected to 4: four observations recorded, three count
        assertThat(demo).filteredOn(s -> s.name().equals("Employability pathway")).singleElement()
                .satisfies(s -> assertThat(s.observations()).isEqualTo(3));
    }
}
