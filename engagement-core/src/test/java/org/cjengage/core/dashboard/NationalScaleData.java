package org.cjengage.core.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.testsupport.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates national-scale data straight into the database with batched SQL (seeded, so every run gets
 * the same data): partnerships, one plan each and its activities with communities. Other features add
 * their share as a {@link Part} (e.g. 3 approved assessments per activity, 50 services with 20
 * observations each) with {@link #with(Part)}; parts run in order, per partnership, after the activities.
 */
public final class NationalScaleData {

    /** One generated partnership, for parts to build on. */
    public record GeneratedPartnership(long partnershipId, long planId, List<Long> activityIds) {
    }

    /** A feature's share of the generated data. */
    public interface Part {
        void generate(GeneratedPartnership partnership, JdbcTemplate jdbc, Random random);
    }

    private static final String[] LEVELS = {"INFORM", "CONSULT", "ENGAGE"};
    private static final String[] COMMUNITIES = {"PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES", "VICTIMS",
            "THIRD_SECTOR", "PUBLIC_SECTOR", "COMMUNITIES_OF_INTEREST"};
    private static final String[] STAGES = {"ANALYSE", "PLAN", "DELIVER", "REVIEW", null};

    private final JdbcTemplate jdbc;
    private final List<Part> parts = new ArrayList<>();
    private final Random random = new Random(20261123L);

    public NationalScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public NationalScaleData with(Part part) {
        parts.add(part);
        return this;
    }

    public List<GeneratedPartnership> generate(int partnerships, int activitiesEach, LocalDate today) {
        List<GeneratedPartnership> result = new ArrayList<>();
        for (int p = 0; p < partnerships; p++) {
            String code = TestData.unique("BENCH");
            jdbc.update("INSERT INTO partnership (code, name, area) VALUES (?, ?, ?)", code,
                    "Benchmark partnership " + code, "Benchmark area");
            long partnershipId = jdbc.queryForObject("SELECT id FROM partnership WHERE code = ?", Long.class, code);
            jdbc.update("INSERT INTO action_plan (partnership_id, title, period_start, period_end) VALUES (?, ?, ?, ?)",
                    partnershipId, "Plan " + code, Date.valueOf(today.minusYears(2)), Date.valueOf(today.plusYears(1)));
            long planId = jdbc.queryForObject("SELECT MAX(id) FROM action_plan WHERE partnership_id = ?", Long.class,
                    partnershipId);
            List<Object[]> rows = new ArrayList<>();
            for (int a = 0; a < activitiesEach; a++) {
                LocalDate start = today.minusDays(random.nextInt(900)).plusDays(120);
                LocalDate end = start.plusDays(30 + random.nextInt(370));
                PlanStatus status = PlanStatus.values()[random.nextInt(3)];
                rows.add(new Object[] {planId, partnershipId, "Generated activity " + a, LEVELS[random.nextInt(3)],
                        status.name(), "Lead " + a % 17, STAGES[random.nextInt(STAGES.length)], Date.valueOf(start),
                        Date.valueOf(end)});
            }
            jdbc.batchUpdate("INSERT INTO engagement_activity (plan_id, partnership_id, description, level_code, status,"
                    + " lead_person, stage_code, planned_start, planned_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            List<Long> ids = jdbc.queryForList("SELECT id FROM engagement_activity WHERE plan_id = ? ORDER BY id",
                    Long.class, planId);
            List<Object[]> communities = new ArrayList<>();
            for (long id : ids) {
                int first = random.nextInt(COMMUNITIES.length);
                int count = 1 + random.nextInt(3);
                for (int c = 0; c < count; c++) {
                    communities.add(new Object[] {id, COMMUNITIES[(first + c * 2) % COMMUNITIES.length]});
                }
            }
            jdbc.batchUpdate("INSERT INTO activity_community (activity_id, community_code) VALUES (?, ?)", communities);
            GeneratedPartnership generated = new GeneratedPartnership(partnershipId, planId, List.copyOf(ids));
            parts.forEach(part -> part.generate(generated, jdbc, random));
            result.add(generated);
        }
        jdbc.execute("ANALYZE TABLE engagement_activity, activity_community");
        return result;
    }
}
