package org.cjengage.core.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.AssessmentStandardTotals;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Known data for the contributed dashboard sections (standards radar, distance travelled), written with plain
 * SQL so the figures are known exactly. For a fresh partnership:
 * <ul>
 * <li>activity A1 (CONSULT, victims) and A2 (ENGAGE, third sector);</li>
 * <li>approved national-standards assessments: on A1 standard 1 scores 4 and 6 (mean 5), standard 2 a 3 and a
 * "not applicable"; on A2 standard 1 a 2, standard 2 only unscored. Not counted: a submitted one on A1
 * (standard 1 scored 1) and an approved one against another framework. So standard 1: mean 3.5 over 2
 * assessments; standard 2: 3.0 over 1; the others no result;</li>
 * <li>services (target stage 8 unless said): "On track" (victims) baseline 2 at today-300, 5 at today-100,
 * target date today+365; "Reached" (target 4, today+100) 3 at today-200 corrected to 1 the same day, then 4 at
 * today-50; "At risk" 3 at today-250, target date today-10 (review due); "Not started", nothing recorded.</li>
 * </ul>
 */
public record SectionFixture(Partnership partnership, ActionPlan plan, EngagementActivity a1, EngagementActivity a2,
                             FrameworkElement standard1, FrameworkElement standard2) {

    public static SectionFixture create(TestData data, ActivityRepository activities, JdbcTemplate jdbc,
                                        StandardsCatalogue standards, LocalDate today) {
        Partnership p = data.partnership();
        ActionPlan plan = data.plan(p.id());
        EngagementActivity a1 = activities.save(EngagementActivity.create(plan,
                ActivityDraft.of("Consult victims", "CONSULT", Set.of("VICTIMS"))));
        EngagementActivity a2 = activities.save(EngagementActivity.create(plan,
                ActivityDraft.of("Engage third sector", "ENGAGE", Set.of("THIRD_SECTOR"))));
        long assessor = data.user(Role.STAFF, p.id()).userId();
        long other = data.user(Role.STAFF, p.id()).userId();
        var framework = standards.nationalStandards();
        FrameworkElement s1 = framework.elements().get(0);
        FrameworkElement s2 = framework.elements().get(1);
        long x1 = assessment(jdbc, a1, p, assessor, framework.id(), "PLANNING_CHECK", "APPROVED");
        score(jdbc, x1, s1, 0, 4, false);
        score(jdbc, x1, s1, 1, 6, false);
        score(jdbc, x1, s2, 0, 3, false);
        score(jdbc, x1, s2, 1, null, true);
        long x2 = assessment(jdbc, a2, p, assessor, framework.id(), "PLANNING_CHECK", "APPROVED");
        score(jdbc, x2, s1, 0, 2, false);
        score(jdbc, x2, s2, 0, null, false);
        long x3 = assessment(jdbc, a1, p, other, framework.id(), "PLANNING_CHECK", "SUBMITTED");
        score(jdbc, x3, s1, 0, 1, false);
        var otherFramework = standards.frameworks().stream().filter(f -> !f.id().equals(framework.id())).findFirst()
                .orElseThrow();
        long x4 = assessment(jdbc, a1, p, assessor, otherFramework.id(), "PLANNING_CHECK", "APPROVED");
        jdbc.update("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value)"
                + " VALUES (?, ?, ?, 1)", x4, otherFramework.elements().getFirst().code(),
                otherFramework.elements().getFirst().indicators().getFirst().code());
        new AssessmentStandardTotals(jdbc).refreshPartnership(p.id());

        String scale = standards.participationScale().id();
        String version = standards.participationScale().version();
        long onTrack = service(jdbc, p, "On track", 8, today.plusDays(365), "VICTIMS");
        observation(jdbc, onTrack, p, today.minusDays(300), 2, true, null, assessor, scale, version);
        observation(jdbc, onTrack, p, today.minusDays(100), 5, false, null, assessor, scale, version);
        long reached = service(jdbc, p, "Reached", 4, today.plusDays(100), "THIRD_SECTOR");
        long wrong = observation(jdbc, reached, p, today.minusDays(200), 3, false, null, assessor, scale, version);
        observation(jdbc, reached, p, today.minusDays(200), 1, false, wrong, assessor, scale, version);
        observation(jdbc, reached, p, today.minusDays(50), 4, false, null, assessor, scale, version);
        long atRisk = service(jdbc, p, "At risk", 8, today.minusDays(10), "THIRD_SECTOR");
        observation(jdbc, atRisk, p, today.minusDays(250), 3, false, null, assessor, scale, version);
        service(jdbc, p, "Not started", 8, today.plusDays(500), "THIRD_SECTOR");
        return new SectionFixture(p, plan, a1, a2, s1, s2);
    }

    private static long assessment(JdbcTemplate jdbc, EngagementActivity activity, Partnership p, long assessor,
                                   String framework, String stage, String status) {
        return insert(jdbc, "INSERT INTO assessment (activity_id, partnership_id, assessor_id, framework_id,"
                + " framework_version, stage, status) VALUES (?, ?, ?, ?, '1', ?, ?)", activity.id(), p.id(), assessor,
                framework, stage, status);
    }

    private static void score(JdbcTemplate jdbc, long assessment, FrameworkElement element, int indicator,
                              Integer value, boolean notApplicable) {
        jdbc.update("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value,"
                + " not_applicable) VALUES (?, ?, ?, ?, ?)", assessment, element.code(),
                element.indicators().get(indicator).code(), value, notApplicable);
    }

    private static long service(JdbcTemplate jdbc, Partnership p, String name, int targetStage, LocalDate targetDate,
                                String community) {
        long id = insert(jdbc, "INSERT INTO tracked_service (partnership_id, name, owning_organisation, sector,"
                + " target_stage, target_date) VALUES (?, ?, 'Council', 'STATUTORY', ?, ?)", p.id(), name, targetStage,
                Date.valueOf(targetDate));
        jdbc.update("INSERT INTO tracked_service_community (service_id, community_code) VALUES (?, ?)", id, community);
        return id;
    }

    private static long observation(JdbcTemplate jdbc, long service, Partnership p, LocalDate on, int stage,
                                    boolean baseline, Long corrects, long by, String scale, String version) {
        return insert(jdbc, "INSERT INTO participation_observation (service_id, partnership_id, observed_on, stage,"
                + " scale_id, scale_version, evidence, baseline, corrects_id, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'Seen at a meeting', ?, ?, ?)", service, p.id(), Date.valueOf(on), stage,
                scale, version, baseline, corrects, by);
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The section with this id among the dashboard's contributed sections. */
    public static DashboardSection section(List<DashboardSection> sections, String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
