package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cjengage.core.feedback.Question;
import org.cjengage.core.feedback.Questionnaire;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.scoring.AssessmentStandardTotals;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A partnership whose outputs have everything to read, at any size: one plan (its current plan) with activities in
 * the reporting year {@value #YEAR}-26 and, if asked, activities of an earlier year and some with no date at all.
 * Every activity has communities, a tag, methods, a purpose with its qualifiers, VOiCE texts (a participant count,
 * "you said" and "we did"), one approved national-standards assessment scoring two indicators per standard, and two
 * accepted feedback responses received in its own year. Activities go in through {@link PlanService#addActivities}
 * (multi-row inserts), assessments and responses with batched SQL.
 */
@Component
public class OutputsScaleData {

    public static final int YEAR = 2025;
    public static final int UNDATED = 3;

    private static final String[] LEVELS = {"INFORM", "CONSULT", "ENGAGE"};
    private static final String[] COMMUNITIES = {"PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES", "VICTIMS",
            "THIRD_SECTOR", "PUBLIC_SECTOR", "COMMUNITIES_OF_INTEREST"};
    private static final String[] STAGES = {"ANALYSE", "PLAN", "DELIVER", "REVIEW"};
    private static final String[] METHODS = {"FACE_TO_FACE", "QUESTIONNAIRE", "PUBLIC_MEETING", "ONLINE_SURVEY"};

    private final TestData data;
    private final PlanService plans;
    private final JdbcTemplate jdbc;
    private final StandardsCatalogue standards;
    private final Questionnaire questionnaire;
    private final AssessmentStandardTotals totals;

    public OutputsScaleData(TestData data, PlanService plans, JdbcTemplate jdbc, StandardsCatalogue standards,
                            Questionnaire feedbackQuestionnaire, AssessmentStandardTotals totals) {
        this.totals = totals;
        this.data = data;
        this.plans = plans;
        this.jdbc = jdbc;
        this.standards = standards;
        this.questionnaire = feedbackQuestionnaire;
    }

    /** What was made: the lead may read and edit everything in it. */
    public record Generated(Partnership partnership, EngagementPrincipal lead, ActionPlan plan) {
    }

    /**
     * @param inYear     activities taking place in the reporting year
     * @param otherYears activities two years earlier (outside the year)
     * @param undated    activities with no date at all
     */
    public Generated generate(int inYear, int otherYears, int undated) {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        List<ActivityDraft> drafts = new ArrayList<>();
        for (int i = 0; i < inYear; i++) {
            drafts.add(draft(i, LocalDate.of(YEAR, 4, 1).plusDays(i % 330)));
        }
        for (int i = 0; i < otherYears; i++) {
            drafts.add(draft(inYear + i, LocalDate.of(YEAR - 2, 4, 1).plusDays(i % 330)));
        }
        for (int i = 0; i < undated; i++) {
            drafts.add(draft(inYear + otherYears + i, null));
        }
        List<Long> ids = AsUser.call(lead, () -> plans.addActivities(plan.id(), drafts));
        assessments(partnership.id(), lead.userId(), ids);
        feedback(partnership.id(), ids, drafts);
        return new Generated(partnership, lead, plan);
    }

    private static ActivityDraft draft(int i, LocalDate start) {
        LocalDate end = start == null ? null : start.plusDays(20);
        boolean done = start != null && i % 3 == 0;
        return new ActivityDraft("Engagement activity " + i + " with local people and partners", LEVELS[i % 3],
                Set.of(COMMUNITIES[i % 6], COMMUNITIES[(i + 2) % 6]), Set.of("AGE"),
                done ? PlanStatus.COMPLETE : PlanStatus.IN_PROGRESS, "Lead officer " + (i % 40),
                Set.of(new ActivityPurpose("PARTICIPATION", "Residents of area " + (i % 12), "Community hub", null, null)),
                Set.of(METHODS[i % 4], METHODS[(i + 1) % 4]), STAGES[i % 4], start, end,
                done ? start.plusDays(1) : null, done ? end : null,
                new VoiceCycle("The issue for activity " + i, "People in area " + (i % 12), "Partners", "Transport",
                        "Outcome " + i, "Indicator " + i, "Staff time", "Three weeks", done ? "What happened " + i : null,
                        done ? "Residents" : null, done ? 3 + i % 40 : null, done ? "Lessons " + i : null,
                        done ? "You said " + i : null, done ? "We did " + i : null));
    }

    private void assessments(long partnershipId, long assessorId, List<Long> activityIds) {
        Framework framework = standards.nationalStandards();
        jdbc.batchUpdate("INSERT INTO assessment (activity_id, partnership_id, assessor_id, framework_id,"
                        + " framework_version, stage, status, submitted_at, approved_at) VALUES (?, ?, ?, ?, ?,"
                        + " 'PLANNING_CHECK', 'APPROVED', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))",
                activityIds.stream().map(id -> new Object[] {id, partnershipId, assessorId, framework.id(),
                        framework.version()}).toList());
        List<Long> assessmentIds = jdbc.queryForList("SELECT id FROM assessment WHERE partnership_id = ? ORDER BY id",
                Long.class, partnershipId);
        List<Object[]> scores = new ArrayList<>();
        int n = 0;
        for (long id : assessmentIds) {
            for (FrameworkElement element : framework.elements()) {
                for (int i = 0; i < Math.min(2, element.indicators().size()); i++) {
                    scores.add(new Object[] {id, element.code(), element.indicators().get(i).code(), 1 + (n++ % 6)});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value)"
                + " VALUES (?, ?, ?, ?)", scores);
        totals.refreshPartnership(partnershipId); // the dashboards' summary tables, as a save would keep them
    }

    private void feedback(long partnershipId, List<Long> activityIds, List<ActivityDraft> drafts) {
        List<Object[]> responses = new ArrayList<>();
        for (int i = 0; i < activityIds.size(); i++) {
            LocalDate start = drafts.get(i).plannedStart();
            LocalDate received = start == null ? LocalDate.of(YEAR, 9, 1) : start.plusDays(25);
            for (int r = 0; r < 2; r++) {
                responses.add(new Object[] {activityIds.get(i), partnershipId, questionnaire.id(),
                        questionnaire.version(), received});
            }
        }
        jdbc.batchUpdate("INSERT INTO feedback_response (activity_id, partnership_id, questionnaire_id,"
                + " questionnaire_version, received_on, status) VALUES (?, ?, ?, ?, ?, 'ACCEPTED')", responses);
        List<Long> responseIds = jdbc.queryForList("SELECT id FROM feedback_response WHERE partnership_id = ?"
                + " ORDER BY id", Long.class, partnershipId);
        List<Object[]> answers = new ArrayList<>();
        int n = 0;
        for (long id : responseIds) {
            for (Question q : questionnaire.questions()) {
                if (q.kind() == Question.Kind.SCALE) {
                    answers.add(new Object[] {id, q.code(), q.min() + (n++ % (q.max() - q.min() + 1))});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO feedback_answer (response_id, question_code, score) VALUES (?, ?, ?)", answers);
    }
}
