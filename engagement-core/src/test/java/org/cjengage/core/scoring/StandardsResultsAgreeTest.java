package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.cjengage.core.outputs.AnnualReportBuilder;
import org.cjengage.core.outputs.StandardsResultsSource.StandardResult;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual report's standards results, now read set-based for the year's activities only (issue 16), are
 * the very figures worked out before from every assessment's scores with {@link ScoreCalculator}: on many
 * assessments with fractional means, scores marked not applicable or left empty, scores stored under an element
 * the framework does not give their indicator, indicators the framework does not know, assessments not approved
 * and activities outside the year. The reference below is the computation as it was.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class StandardsResultsAgreeTest {

    static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired ScoringStandardsResults results;
    @Autowired AssessmentRepository assessments;
    @Autowired PlanService plans;
    @Autowired StandardsCatalogue standards;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired AssessmentStandardTotals totals;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theDatabaseSumsGiveExactlyTheFiguresWorkedOutFromEveryScore() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        List<ActivityDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate start = i % 4 == 0 ? LocalDate.of(2023, 6, 1) : LocalDate.of(2025, 5, 1).plusDays(i);
            drafts.add(new ActivityDraft("Activity " + i, "CONSULT", Set.of("VICTIMS"), Set.of(), PlanStatus.IN_PROGRESS,
                    null, Set.of(), Set.of(), null, start, start.plusDays(10), null, null));
        }
        List<Long> activityIds = AsUser.call(lead, () -> plans.addActivities(plan.id(), drafts));
        Random random = new Random(16);
        Framework national = standards.nationalStandards();
        List<FrameworkElement> elements = national.elements();
        List<Object[]> heads = new ArrayList<>();
        for (int i = 0; i < activityIds.size(); i++) {
            String status = i % 7 == 3 ? "SUBMITTED" : "APPROVED";
            heads.add(new Object[] {activityIds.get(i), partnership.id(), lead.userId(), national.id(), national.version(),
                    status});
            heads.add(new Object[] {activityIds.get(i), partnership.id(), lead.userId(), national.id(), national.version(),
                    "APPROVED"});
        }
        jdbc.batchUpdate("INSERT INTO assessment (activity_id, partnership_id, assessor_id, framework_id, framework_version,"
                + " stage, status, imported_assessor) VALUES (?, ?, ?, ?, ?, 'PLANNING_CHECK', ?, 0)",
                heads.stream().filter(h -> heads.indexOf(h) % 2 == 0).toList());
        jdbc.batchUpdate("INSERT INTO assessment (activity_id, partnership_id, assessor_id, framework_id, framework_version,"
                + " stage, status, imported_assessor) VALUES (?, ?, ?, ?, ?, 'REVIEW', ?, 0)",
                heads.stream().filter(h -> heads.indexOf(h) % 2 == 1).toList());
        List<Long> ids = jdbc.queryForList("SELECT id FROM assessment WHERE partnership_id = ? ORDER BY id", Long.class,
                partnership.id());
        List<Object[]> scores = new ArrayList<>();
        for (long id : ids) {
            Set<String> used = new HashSet<>();
            for (FrameworkElement element : elements) {
                for (var indicator : element.indicators()) {
                    int kind = random.nextInt(10);
                    if (kind == 0 || !used.add(indicator.code())) {
                        continue; // not stored at all
                    }
                    // now and then stored under another element than the framework gives the indicator
                    String storedUnder = kind == 1 ? elements.get(random.nextInt(elements.size())).code() : element.code();
                    Integer value = kind == 2 || kind == 3 ? null : 1 + random.nextInt(6);
                    scores.add(new Object[] {id, storedUnder, indicator.code(), value, kind == 2});
                }
            }
            if (random.nextBoolean()) {
                scores.add(new Object[] {id, elements.get(random.nextInt(elements.size())).code(), "unknown-" + id,
                        1 + random.nextInt(6), false});
            }
        }
        jdbc.batchUpdate("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value,"
                + " not_applicable) VALUES (?, ?, ?, ?, ?)", scores);
        totals.refreshPartnership(partnership.id()); // the dashboards' summary tables, as a save would keep them

        List<StandardResult> now = AsUser.call(lead, () -> results.results(partnership.id(), FROM, TO));
        List<StandardResult> before = AsUser.call(lead, () -> asBefore(partnership.id(), plan.id()));

        assertThat(now).isNotEmpty().hasSize(elements.size());
        assertThat(now).isEqualTo(before);
    }

    /** The standards results as worked out before issue 16: every assessment with its scores, in memory. */
    private List<StandardResult> asBefore(long partnershipId, long planId) {
        Set<Long> inPeriod = new HashSet<>();
        plans.activities(planId, 0, Integer.MAX_VALUE).stream().filter(a -> AnnualReportBuilder.inPeriod(a, FROM, TO))
                .map(EngagementActivity::id).forEach(inPeriod::add);
        Map<String, List<Assessment>> byFramework = new LinkedHashMap<>();
        assessments.findAllByPartnershipIdOrderById(partnershipId).stream()
                .filter(a -> a.status() == AssessmentStatus.APPROVED && inPeriod.contains(a.activityId()))
                .forEach(a -> byFramework.computeIfAbsent(a.frameworkId(), k -> new ArrayList<>()).add(a));
        List<StandardResult> rows = new ArrayList<>();
        for (Framework framework : standards.frameworks()) {
            List<Assessment> approved = byFramework.getOrDefault(framework.id(), List.of());
            Scale scale = standards.scaleOf(framework);
            List<AssessmentResult> results = approved.stream().map(a -> ScoreCalculator.results(framework, a.scores())).toList();
            for (FrameworkElement element : framework.elements()) {
                int assessed = 0;
                List<Double> means = new ArrayList<>();
                for (AssessmentResult result : results) {
                    Optional<ScoreSummary> summary = result.element(element.code()).map(AssessmentResult.ElementResult::summary);
                    if (summary.isPresent() && summary.get().scored() + summary.get().notApplicable() > 0) {
                        assessed++;
                        if (summary.get().mean() != null) {
                            means.add(summary.get().mean());
                        }
                    }
                }
                if (assessed > 0) {
                    Double average = means.isEmpty() ? null : means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                    String label = StandardIds.NATIONAL_STANDARDS.equals(framework.id()) ? element.name()
                            : framework.title() + ": " + element.name();
                    rows.add(new StandardResult(label, assessed, average,
                            average == null ? "" : ScoringStandardsResults.nearest(scale, average)));
                }
            }
        }
        return rows;
    }
}
