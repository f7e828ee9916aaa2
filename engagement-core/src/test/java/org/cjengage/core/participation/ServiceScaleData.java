package org.cjengage.core.participation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.NationalScaleData;
import org.springframework.context.ApplicationContext;
import org.cjengage.core.testsupport.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark data for distance travelled: {@value #SERVICES} services per partnership (each serving one or two
 * community types) with {@value #OBSERVATIONS} observations each over the last three years, the first marked
 * as baseline, stages drifting up and down, target stage 8 on a date between a year ago and two years ahead.
 */
public class ServiceScaleData implements NationalScaleData.Part {

    public static final int SERVICES = 50;
    public static final int OBSERVATIONS = 20;
    private static final String[] COMMUNITIES = {"PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES", "VICTIMS",
            "THIRD_SECTOR", "PUBLIC_SECTOR", "COMMUNITIES_OF_INTEREST"};

    private final LocalDate today;
    private final String scaleId;
    private final String scaleVersion;
    private Long recorder;

    public ServiceScaleData(LocalDate today, String scaleId, String scaleVersion) {
        this.today = today;
        this.scaleId = scaleId;
        this.scaleVersion = scaleVersion;
    }

    @Override
    public void generate(NationalScaleData.GeneratedPartnership partnership, JdbcTemplate jdbc, Random random) {
        if (recorder == null) {
            String name = TestData.unique("bench-recorder").toLowerCase();
            jdbc.update("INSERT INTO app_user (username, display_name) VALUES (?, ?)", name, name);
            recorder = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, name);
        }
        List<Object[]> services = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            services.add(new Object[] {partnership.partnershipId(), "Service " + s, "Organisation " + s % 7,
                    s % 2 == 0 ? "STATUTORY" : "THIRD_SECTOR", Date.valueOf(today.plusDays(random.nextInt(1095) - 365))});
        }
        jdbc.batchUpdate("INSERT INTO tracked_service (partnership_id, name, owning_organisation, sector, target_stage,"
                + " target_date) VALUES (?, ?, ?, ?, 8, ?)", services);
        List<Long> ids = jdbc.queryForList("SELECT id FROM tracked_service WHERE partnership_id = ? ORDER BY id",
                Long.class, partnership.partnershipId());
        List<Object[]> communities = new ArrayList<>();
        List<Object[]> observations = new ArrayList<>();
        for (long id : ids) {
            int first = random.nextInt(COMMUNITIES.length);
            communities.add(new Object[] {id, COMMUNITIES[first]});
            if (random.nextBoolean()) {
                communities.add(new Object[] {id, COMMUNITIES[(first + 3) % COMMUNITIES.length]});
            }
            int stage = 1 + random.nextInt(3);
            for (int o = 0; o < OBSERVATIONS; o++) {
                stage = Math.clamp(stage + random.nextInt(3) - 1 + (random.nextInt(4) == 0 ? 1 : 0), 1, 8);
                LocalDate on = today.minusDays(1095L * (OBSERVATIONS - o) / OBSERVATIONS + random.nextInt(20));
                observations.add(new Object[] {id, partnership.partnershipId(), Date.valueOf(on), stage, scaleId,
                        scaleVersion, "Generated observation " + o, o == 0, recorder});
            }
        }
        jdbc.batchUpdate("INSERT INTO tracked_service_community (service_id, community_code) VALUES (?, ?)", communities);
        jdbc.batchUpdate("INSERT INTO participation_observation (service_id, partnership_id, observed_on, stage, scale_id,"
                + " scale_version, evidence, baseline, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", observations);
    }

    /** The national distance-travelled figures the dashboards show, from the services' read model (no period). */
    public static List<List<Object>> fromReadModel(ApplicationContext context) {
        return ServiceStandingsPropertyTest.figures(context.getBean(DistanceTravelledQueries.class)
                .standings(null, DashboardFilter.NONE));
    }

    /** The same figures from every raw observation ({@link EffectiveObservations} in Java): the path before V3. */
    public static List<List<Object>> fromObservations(ApplicationContext context) {
        return ServiceStandingsPropertyTest.figures(context.getBean(DistanceTravelledQueries.class)
                .fromObservations(null, DashboardFilter.NONE));
    }

    /** Per service id: how many observations count, the baseline and the current stage (for checking the SQL). */
    public static java.util.Map<Long, List<Object>> standingsById(ApplicationContext context) {
        java.util.Map<Long, List<Object>> byId = new java.util.HashMap<>();
        context.getBean(DistanceTravelledQueries.class).standings(null, DashboardFilter.NONE).forEach(s ->
                byId.put(s.serviceId(), java.util.Arrays.asList((long) s.observations(),
                        s.journey().baselineStage().orElse(null), s.journey().currentStage().orElse(null))));
        return byId;
    }
}
