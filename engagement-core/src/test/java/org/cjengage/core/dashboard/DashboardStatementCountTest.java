package org.cjengage.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.participation.DistanceTravelledContributor;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.StatementCounter.Measured;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dashboard read sends a fixed number of statements whatever the number of tracked services (issue 16): the
 * distance-travelled section reads the services' read model in one query, with no statement per service. Counted
 * on the DataSource ({@link StatementCounter}) for a partnership of 20 services and of 200 (each with five
 * observations, written as a loader would, so the first read counts them), and for the national roll-up before
 * and after 180 more services.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class DashboardStatementCountTest {

    @Autowired DashboardService dashboards;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void thePartnershipDashboardTakesTheSameStatementsForTwentyAndForTwoHundredServices() {
        Partnership small = partnershipWithServices(20);
        Partnership large = partnershipWithServices(200);
        read(small); // first reads: anything counted once (the read model of services written with plain SQL)
        read(large);

        Measured<PartnershipDashboard> forSmall = read(small);
        Measured<PartnershipDashboard> forLarge = read(large);

        assertThat(forLarge.statements()).as(forLarge.counts().toString()).isEqualTo(forSmall.statements());
        assertThat(forSmall.statements()).as("a few set-based queries: " + forSmall.counts()).isBetween(1L, 40L);
        assertThat(section(forLarge.value().figures().sections()).rows()).hasSize(200);
        assertThat(section(forSmall.value().figures().sections()).rows()).hasSize(20);
    }

    @Test
    void theNationalRollUpTakesTheSameStatementsWithOneHundredAndEightyMoreServices() {
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);
        partnershipWithServices(20);
        national(national); // first read: counts what other tests wrote with plain SQL
        Measured<NationalDashboard> before = national(national);

        partnershipWithServices(180);
        national(national);
        Measured<NationalDashboard> after = national(national);

        assertThat(after.statements()).as(after.counts().toString()).isEqualTo(before.statements());
    }

    private Measured<PartnershipDashboard> read(Partnership p) {
        EngagementPrincipal partner = data.user(Role.PARTNER, p.id());
        return StatementCounter.measure(() -> AsUser.call(partner, () -> dashboards.partnership(p.id(),
                DashboardFilter.NONE)));
    }

    private Measured<NationalDashboard> national(EngagementPrincipal national) {
        return StatementCounter.measure(() -> AsUser.call(national, () -> dashboards.national(DashboardFilter.NONE)));
    }

    private static DashboardSection section(List<DashboardSection> sections) {
        return sections.stream().filter(s -> s.id().equals(DistanceTravelledContributor.ID)).findFirst().orElseThrow();
    }

    /** A partnership with {@code services} services, each observed five times over the last year. */
    private Partnership partnershipWithServices(int services) {
        Partnership p = data.partnership();
        long recorder = data.user(Role.STAFF, p.id()).userId();
        LocalDate today = dashboards.today();
        List<Object[]> rows = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            rows.add(new Object[] {p.id(), "Service " + s, Date.valueOf(today.plusMonths(6 + s % 12))});
        }
        jdbc.batchUpdate("INSERT INTO tracked_service (partnership_id, name, owning_organisation, sector, target_stage,"
                + " target_date) VALUES (?, ?, 'Council', 'STATUTORY', 8, ?)", rows);
        List<Object[]> observations = new ArrayList<>();
        for (long id : jdbc.queryForList("SELECT id FROM tracked_service WHERE partnership_id = ?", Long.class, p.id())) {
            for (int o = 0; o < 5; o++) {
                observations.add(new Object[] {id, p.id(), Date.valueOf(today.minusDays(300 - 60L * o)),
                        1 + (int) ((id + o) % 8), o == 0, recorder});
            }
        }
        jdbc.batchUpdate("INSERT INTO participation_observation (service_id, partnership_id, observed_on, stage,"
                + " scale_id, scale_version, evidence, baseline, recorded_by) VALUES (?, ?, ?, ?, 'participation-scale',"
                + " '1', 'Loaded', ?, ?)", observations);
        return p;
    }
}
