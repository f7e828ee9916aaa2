package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.cjengage.core.dashboard.CoverageRow;
import org.cjengage.core.dashboard.CubeRow;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardQueries;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans' read model (activity tallies, V2) always equals the same figures counted from the activities
 * themselves: after random series of creations, edits, delivery records (status changes), deletions, file
 * imports, copies and plan deletions, for every plan scope, level and community filter, today and on a later day
 * (RAG rated again). Seeded, so a failure names the seed and the step that broke it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class ActivityTalliesPropertyTest {

    static final int SEEDS = Integer.getInteger("tallies.seeds", 4);
    static final int STEPS = 24;

    @Autowired PlanService plans;
    @Autowired PlanTransferService transfer;
    @Autowired DashboardQueries queries;
    @Autowired StandardsCatalogue standards;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theTalliesEqualARecountFromTheActivitiesAfterAnySeriesOfWrites() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            run(seed);
        }
    }

    private void run(long seed) {
        Random random = new Random(seed);
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.signIn(lead);
        LocalDate today = plans.today();
        List<Long> planIds = new ArrayList<>(List.of(data.plan(partnership.id()).id(), data.plan(partnership.id()).id()));
        for (int step = 0; step < STEPS; step++) {
            String what = step(random, planIds, today);
            String context = "seed " + seed + ", step " + step + " (" + what + ")";
            agree(partnership.id(), planIds, today, context);
        }
        agree(partnership.id(), planIds, today.plusDays(45), "seed " + seed + ", 45 days later");
        // back to today for the tests that follow: the plans are rated as of today again
        agree(partnership.id(), planIds, today, "seed " + seed + ", today again");
    }

    private String step(Random random, List<Long> planIds, LocalDate today) {
        long planId = planIds.get(random.nextInt(planIds.size()));
        List<EngagementActivity> existing = plans.activities(planId, 0, 500);
        int choice = existing.isEmpty() ? random.nextInt(2) : random.nextInt(8);
        switch (choice) {
            case 0 -> {
                plans.createActivity(planId, draft(random, today));
                return "create";
            }
            case 1 -> {
                List<ActivityDraft> drafts = new ArrayList<>();
                for (int i = 0; i < 3 + random.nextInt(8); i++) {
                    drafts.add(draft(random, today));
                }
                PlanFileMapping mapping = new PlanFileMapping(standards);
                transfer.importFile(planId, "plan.csv", PlanFiles.writeCsv(mapping.header(), mapping.rows(drafts)));
                return "import " + drafts.size();
            }
            case 2, 3 -> {
                EngagementActivity a = existing.get(random.nextInt(existing.size()));
                plans.updateActivity(a.id(), a.version(), draft(random, today));
                return "update";
            }
            case 4, 5 -> {
                EngagementActivity a = existing.get(random.nextInt(existing.size()));
                PlanStatus status = PlanStatus.values()[random.nextInt(PlanStatus.values().length)];
                plans.recordDelivery(a.id(), a.version(), new DeliveryDraft(status, null, null, null, null,
                        random.nextBoolean() ? null : random.nextInt(40), null, null, null));
                return "delivery " + status;
            }
            case 6 -> {
                EngagementActivity a = existing.get(random.nextInt(existing.size()));
                plans.deleteActivity(a.id(), a.version());
                return "delete";
            }
            default -> {
                if (planIds.size() > 2 && random.nextBoolean()) {
                    long gone = planIds.remove(random.nextInt(planIds.size()));
                    ActionPlan plan = plans.plan(gone);
                    plans.deletePlan(gone, plan.version());
                    return "delete plan";
                }
                ActionPlan source = plans.plan(planId);
                ActionPlan copy = plans.copyPlan(planId, new PlanDraft("Copy " + random.nextInt(1000), null,
                        source.periodStart().plusYears(3), source.periodEnd().plusYears(3)));
                planIds.add(copy.id());
                return "copy plan";
            }
        }
    }

    private ActivityDraft draft(Random random, LocalDate today) {
        List<String> levels = standards.levels().points().stream().map(ScalePoint::code).toList();
        List<String> communities = standards.communityTypes().terms().stream().map(Term::code).toList();
        List<String> stages = standards.cycleStages().terms().stream().map(Term::code).toList();
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            chosen.add(communities.get(random.nextInt(communities.size())));
        }
        LocalDate start = random.nextInt(5) == 0 ? null : today.plusDays(random.nextInt(120) - 60);
        LocalDate end = random.nextInt(5) == 0 ? null
                : (start == null ? today : start).plusDays(random.nextInt(90));
        ActivityDraft draft = new ActivityDraft("Activity " + random.nextInt(100_000),
                levels.get(random.nextInt(levels.size())), chosen, Set.of(),
                PlanStatus.values()[random.nextInt(PlanStatus.values().length)], "Lead", Set.of(), Set.of(),
                random.nextInt(5) == 0 ? null : stages.get(random.nextInt(stages.size())), start, end, null, null);
        return random.nextBoolean() ? draft : draft.withVoice(VoiceCycle.of(Map.of(), random.nextInt(60)));
    }

    /** Every scope and filter the read model answers: its figures and the raw tables' are the same. */
    private void agree(long partnershipId, List<Long> planIds, LocalDate day, String context) {
        List<DashboardFilter> filters = new ArrayList<>();
        filters.add(DashboardFilter.NONE.withAllPlans());
        planIds.forEach(id -> filters.add(DashboardFilter.NONE.withPlan(id)));
        standards.levels().points().forEach(l -> filters.add(new DashboardFilter(null, null, null, null, l.code())
                .withAllPlans()));
        standards.communityTypes().terms().forEach(c -> filters.add(new DashboardFilter(planIds.getFirst(), null,
                null, c.code(), null)));
        for (DashboardFilter filter : filters) {
            assertThat(sorted(queries.cube(partnershipId, filter, day)))
                    .as("%s, %s: activities by status, level, stage and RAG", context, filter)
                    .isEqualTo(sorted(queries.cubeFromActivities(partnershipId, filter, day)));
            // with a community filter the raw query also returns the other communities of those activities, which
            // the dashboard drops (its only community is the filtered one); the read model returns just that one
            assertThat(sortedCoverage(queries.coverage(partnershipId, filter)))
                    .as("%s, %s: coverage", context, filter)
                    .isEqualTo(sortedCoverage(queries.coverageFromActivities(partnershipId, filter).stream()
                            .filter(r -> filter.communityCode() == null || filter.communityCode().equals(r.communityCode()))
                            .toList()));
        }
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('/', plan_id, framework_id, level_code, element_code,"
                + " ROUND(mean_sum, 9), assessments) FROM standard_tally WHERE partnership_id = ? ORDER BY 1",
                String.class, partnershipId)).as("%s: standards radar", context)
                .isEqualTo(jdbc.queryForList("SELECT CONCAT_WS('/', a.plan_id, t.framework_id, a.level_code,"
                        + " t.element_code, ROUND(SUM(t.mean_sum), 9), SUM(t.assessments)) FROM activity_standard_total t"
                        + " JOIN engagement_activity a ON a.id = t.activity_id WHERE a.partnership_id = ?"
                        + " GROUP BY a.plan_id, t.framework_id, a.level_code, t.element_code ORDER BY 1", String.class,
                        partnershipId));
        Integer orphanRows = jdbc.queryForObject("SELECT COUNT(*) FROM activity_tally t WHERE t.partnership_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM action_plan p WHERE p.id = t.plan_id)", Integer.class, partnershipId);
        assertThat(orphanRows).as("%s: no rows of deleted plans", context).isZero();
    }

    private static List<CubeRow> sorted(List<CubeRow> rows) {
        return rows.stream().sorted(Comparator.comparing(CubeRow::toString)).toList();
    }

    private static List<CoverageRow> sortedCoverage(List<CoverageRow> rows) {
        return rows.stream().sorted(Comparator.comparing(CoverageRow::toString)).toList();
    }
}
