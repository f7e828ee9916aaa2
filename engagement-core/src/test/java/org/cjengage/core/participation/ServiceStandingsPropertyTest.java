package org.cjengage.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The services' read model (service standing, V3) always equals a recount from the raw observations: after random
 * series of new services (through the service and written as a loader would), observations (dated in the past,
 * some marked as baseline), corrections (of the current, the baseline or an older observation) and target changes,
 * for the partnership and for each community filter, and also after concurrent writers to one service. Seeded, so
 * a failure names the seed and the step that broke it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ServiceStandingsPropertyTest {

    static final int SEEDS = Integer.getInteger("standings.seeds", 4);
    static final int STEPS = 30;
    static final List<String> COMMUNITIES = List.of("VICTIMS", "THIRD_SECTOR", "PEOPLE_WITH_CONVICTIONS");

    @Autowired DistanceTravelledService participation;
    @Autowired DistanceTravelledQueries queries;
    @Autowired ObservationRepository observations;
    @Autowired TrackedServiceRepository services;
    @Autowired ParticipationTestData loader;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theStandingsEqualARecountFromTheObservationsAfterAnySeriesOfWrites() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            Partnership partnership = data.partnership();
            AsUser.signIn(data.user(Role.STRATEGY_LEAD, partnership.id()));
            LocalDate today = participation.today();
            for (int step = 0; step < STEPS; step++) {
                String what = step(random, partnership.id(), today);
                agree(partnership.id(), "seed " + seed + ", step " + step + " (" + what + ")");
            }
        }
    }

    @Test
    void concurrentWritersToOneServiceLeaveItsStandingRight() throws Exception {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        LocalDate today = participation.today();
        TrackedService service = AsUser.call(lead, () -> participation.createService(partnership.id(),
                new ServiceDraft(TestData.unique("Busy"), "Council", Sector.STATUTORY, Set.of("VICTIMS"), 8,
                        today.plusYears(1))));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                int r = round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> writes = new ArrayList<>();
                for (EngagementPrincipal writer : List.of(lead, staff)) {
                    writes.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return AsUser.call(writer, () -> participation.recordObservation(service.id(),
                                ObservationDraft.of(today.minusDays(100 - 10L * r - (writer == lead ? 0 : 5)),
                                        1 + (r + (writer == lead ? 0 : 3)) % 8, "Seen")));
                    }));
                }
                for (Future<?> w : writes) {
                    w.get(30, TimeUnit.SECONDS);
                }
            }
            // two writers correcting the same observation: one wins, the other is told; the standing stays right
            Observation latest = EffectiveObservations.current(EffectiveObservations.of(
                    observations.findAllByServiceId(service.id())));
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> corrections = new ArrayList<>();
            for (EngagementPrincipal writer : List.of(lead, staff)) {
                corrections.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        AsUser.call(writer, () -> participation.recordObservation(service.id(),
                                ObservationDraft.of(latest.observedOn(), writer == lead ? 2 : 7, "Corrected")
                                        .correcting(latest.id())));
                        return "saved";
                    } catch (ConcurrentEditException | org.cjengage.core.common.ValidationException e) {
                        return "refused";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> c : corrections) {
                outcomes.add(c.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "refused");
        } finally {
            pool.shutdown();
        }

        assertThat(observations.findAllByServiceId(service.id())).hasSize(13);
        assertThat(row(service.id())).isEqualTo(recount(service.id()));
    }

    private String step(Random random, long partnershipId, LocalDate today) {
        List<TrackedService> existing = services.findAllByPartnershipIdOrderByName(partnershipId);
        int choice = existing.isEmpty() ? 0 : random.nextInt(10);
        switch (choice) {
            case 0 -> {
                participation.createService(partnershipId, new ServiceDraft(TestData.unique("Service"), "Council",
                        Sector.STATUTORY, Set.of(COMMUNITIES.get(random.nextInt(COMMUNITIES.size()))),
                        random.nextBoolean() ? null : 2 + random.nextInt(7),
                        today.plusDays(random.nextInt(900) - 300)));
                return "create service";
            }
            case 1 -> {
                loader.service(partnershipId);
                return "service written by a loader";
            }
            case 2 -> {
                TrackedService s = existing.get(random.nextInt(existing.size()));
                ServiceDraft d = s.toDraft();
                participation.updateService(s.id(), s.version(), new ServiceDraft(d.name(), d.owningOrganisation(),
                        d.sector(), d.communityCodes(), 1 + random.nextInt(8), today.plusDays(random.nextInt(600) - 200)));
                return "change target";
            }
            case 3, 4 -> {
                TrackedService s = existing.get(random.nextInt(existing.size()));
                List<Observation> uncorrected = uncorrected(s.id());
                if (uncorrected.isEmpty()) {
                    return "nothing to correct";
                }
                Observation wrong = uncorrected.get(random.nextInt(uncorrected.size()));
                participation.recordObservation(s.id(), new ObservationDraft(
                        random.nextBoolean() ? wrong.observedOn() : today.minusDays(random.nextInt(900)),
                        1 + random.nextInt(8), "Corrected", random.nextInt(4) == 0, Set.of(), wrong.id()));
                return "correct " + (wrong.baseline() ? "a baseline" : "an observation");
            }
            default -> {
                TrackedService s = existing.get(random.nextInt(existing.size()));
                participation.recordObservation(s.id(), new ObservationDraft(today.minusDays(random.nextInt(900)),
                        1 + random.nextInt(8), "Seen", random.nextInt(5) == 0, Set.of(), null));
                return "observe";
            }
        }
    }

    private List<Observation> uncorrected(long serviceId) {
        List<Observation> all = observations.findAllByServiceId(serviceId);
        return all.stream().filter(o -> !EffectiveObservations.isSuperseded(o, all)).toList();
    }

    /** The dashboards' figures from the read model equal those from the observations, for every filter. */
    private void agree(long partnershipId, String context) {
        List<DashboardFilter> filters = new ArrayList<>(List.of(DashboardFilter.NONE));
        COMMUNITIES.forEach(c -> filters.add(new DashboardFilter(null, null, null, null, c)));
        for (DashboardFilter filter : filters) {
            assertThat(figures(queries.standings(partnershipId, filter)))
                    .as(context + ", community " + filter.communityCode())
                    .isEqualTo(figures(queries.fromObservations(partnershipId, filter)));
        }
        for (TrackedService s : services.findAllByPartnershipIdOrderByName(partnershipId)) {
            assertThat(row(s.id())).as(context + ", row of " + s.name()).isEqualTo(recount(s.id()));
        }
    }

    static List<List<Object>> figures(List<DistanceTravelledQueries.ServiceStanding> standings) {
        return standings.stream().map(s -> List.<Object>of(s.serviceId(), s.partnershipId(), s.partnershipName(),
                s.name(), s.observations(), s.journey().baselineStage(), s.journey().currentStage(),
                s.journey().targetStage(), s.journey().distanceTravelled(), s.journey().status(),
                s.journey().reviewDue(), s.journey().lastObserved(), s.journey().expectedStage())).toList();
    }

    /** The service's row of the read model: count, baseline and current (id, stage, date). */
    private List<Object> row(long serviceId) {
        return jdbc.queryForList("SELECT observations, baseline_id, baseline_stage, baseline_on, current_id,"
                + " current_stage, current_on FROM service_standing WHERE service_id = ?", serviceId).stream()
                .map(Map::values).<List<Object>>map(v -> new ArrayList<>(v)).map(v -> {
                    v.replaceAll(x -> x instanceof java.sql.Date d ? d.toLocalDate() : x);
                    return v;
                }).findFirst().orElse(null);
    }

    /** The same, counted by {@link EffectiveObservations} from every observation the repository holds. */
    private List<Object> recount(long serviceId) {
        EffectiveObservations.Standing s = EffectiveObservations.standing(observations.findAllByServiceId(serviceId));
        List<Object> row = new ArrayList<>();
        row.add(s.observations());
        for (Observation o : java.util.Arrays.asList(s.baseline(), s.current())) {
            row.add(o == null ? null : o.id());
            row.add(o == null ? null : o.stage());
            row.add(o == null ? null : o.observedOn());
        }
        return row;
    }
}
