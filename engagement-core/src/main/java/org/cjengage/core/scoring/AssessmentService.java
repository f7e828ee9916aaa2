package org.cjengage.core.scoring;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.plan.ActivityLookup;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserLookup;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring activities against a framework. Any member of the partnership may read; STAFF, STRATEGY_LEAD
 * and ADMIN there may score (each edits only their own assessments); STRATEGY_LEAD and ADMIN approve
 * or return submissions.
 */
@Service
@Transactional
public class AssessmentService {

    public static final Set<Role> SCORERS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD, Role.STAFF);
    public static final Set<Role> REVIEWERS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD);

    private final AssessmentRepository assessments;
    private final ActivityLookup activities;
    private final UserLookup users;
    private final AccessGuard access;
    private final StandardsCatalogue standards;
    private final MeterRegistry meters;
    private final JdbcClient jdbc;

    public AssessmentService(AssessmentRepository assessments, ActivityLookup activities, UserLookup users,
                             AccessGuard access, StandardsCatalogue standards, MeterRegistry meters, JdbcClient jdbc) {
        this.assessments = assessments;
        this.activities = activities;
        this.users = users;
        this.access = access;
        this.standards = standards;
        this.meters = meters;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ActivityScores activityScores(long activityId) {
        EngagementActivity activity = readableActivity(activityId);
        Map<Long, String> names = new HashMap<>();
        List<ActivityScores.ScoredAssessment> scored = assessments.findAllByActivityIdOrderById(activityId).stream()
                .map(a -> new ActivityScores.ScoredAssessment(a, names.computeIfAbsent(a.assessorId(), this::nameOf),
                        results(a))).toList();
        return new ActivityScores(activity, scored);
    }

    @Transactional(readOnly = true)
    public Assessment assessment(long assessmentId) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("assessment", assessmentId));
        access.requireMember(assessment.partnershipId());
        return assessment;
    }

    @Transactional(readOnly = true)
    public EngagementActivity activity(long activityId) {
        return readableActivity(activityId);
    }

    /** The activities of every plan of a partnership with the status of their assessments. */
    @Transactional(readOnly = true)
    public List<AssessmentOverviewRow> overview(long partnershipId) {
        return overview(partnershipId, null);
    }

    /**
     * The activities of the given plans of a partnership (the overview opens on the current plan, see
     * {@code PlanService.plansIn}); {@code planIds} null = every plan.
     */
    @Transactional(readOnly = true)
    public List<AssessmentOverviewRow> overview(long partnershipId, java.util.Collection<Long> planIds) {
        access.requireMember(partnershipId);
        if (planIds != null && planIds.isEmpty()) {
            return List.of();
        }
        String plans = planIds == null ? "" : " AND a.plan_id IN (:plans)";
        return jdbc.sql("""
                SELECT a.id, p.title, a.description,
                       COALESCE(SUM(s.status = 'DRAFT'), 0) AS drafts,
                       COALESCE(SUM(s.status = 'SUBMITTED'), 0) AS submitted,
                       COALESCE(SUM(s.status = 'APPROVED'), 0) AS approved
                FROM engagement_activity a
                JOIN action_plan p ON p.id = a.plan_id
                LEFT JOIN assessment s ON s.activity_id = a.id
                WHERE a.partnership_id = :partnership""" + plans + """

                GROUP BY a.id, p.title, a.description, p.period_start
                ORDER BY p.period_start DESC, p.title, a.id""")
                .param("partnership", partnershipId)
                .params(planIds == null ? java.util.Map.of() : java.util.Map.of("plans", planIds))
                .query((rs, n) -> new AssessmentOverviewRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** Starts the caller's own draft assessment of the activity. */
    public Assessment start(long activityId, String frameworkId, CycleStage stage) {
        EngagementActivity activity = readableActivity(activityId);
        EngagementPrincipal user = access.requireRole(activity.partnershipId(), SCORERS);
        Framework framework = startable(frameworkId, stage);
        if (!framework.assessesActivities()) {
            throw new ValidationException(List.of(new Violation("framework", "scoring.validation.notForActivities",
                    framework.title())));
        }
        if (assessments.existsByActivityIdAndAssessorIdAndImportedAssessorAndStageAndFrameworkId(activityId,
                user.userId(), 0, stage, framework.id())) {
            throw new ValidationException(List.of(new Violation("stage", "scoring.validation.alreadyStarted")));
        }
        return assessments.save(Assessment.start(activityId, activity.partnershipId(), user.userId(), framework.id(),
                framework.version(), stage));
    }

    /**
     * Starts the caller's own draft assessment of the partnership as a whole, against a framework whose data
     * says it assesses partnerships. One open draft per assessor, framework and stage; once that one is
     * submitted, a new one may be started (a partnership reviews itself again year by year).
     */
    public Assessment startForPartnership(long partnershipId, String frameworkId, CycleStage stage) {
        EngagementPrincipal user = access.requireRole(partnershipId, SCORERS);
        Framework framework = startable(frameworkId, stage);
        if (!framework.assessesPartnership()) {
            throw new ValidationException(List.of(new Violation("framework", "scoring.validation.notForPartnership",
                    framework.title())));
        }
        if (assessments.existsByPartnershipIdAndActivityIdIsNullAndAssessorIdAndStageAndFrameworkIdAndStatus(
                partnershipId, user.userId(), stage, framework.id(), AssessmentStatus.DRAFT)) {
            throw new ValidationException(List.of(new Violation("stage", "scoring.validation.draftOpen")));
        }
        return assessments.save(Assessment.startForPartnership(partnershipId, user.userId(), framework.id(),
                framework.version(), stage));
    }

    /** Every assessment of the partnership as a whole, with assessor names and results. */
    @Transactional(readOnly = true)
    public PartnershipScores partnershipScores(long partnershipId) {
        access.requireMember(partnershipId);
        Map<Long, String> names = new HashMap<>();
        return new PartnershipScores(partnershipId, assessments.findAllByPartnershipIdAndActivityIdIsNullOrderById(
                partnershipId).stream().map(a -> new ActivityScores.ScoredAssessment(a,
                names.computeIfAbsent(a.assessorId(), this::nameOf), results(a))).toList());
    }

    private Framework startable(String frameworkId, CycleStage stage) {
        Framework framework = standards.findFramework(frameworkId == null ? "" : frameworkId)
                .orElseThrow(() -> new ValidationException(List.of(new Violation("framework", "validation.unknownCode",
                        String.valueOf(frameworkId)))));
        if (stage == null) {
            throw new ValidationException(List.of(new Violation("stage", "validation.required")));
        }
        return framework;
    }

    /** Saves the assessor's scores as a draft; drafts may be incomplete. */
    public Assessment saveDraft(long assessmentId, int expectedVersion, List<ScoreInput> inputs) {
        Assessment assessment = ownAssessment(assessmentId, expectedVersion);
        Framework framework = frameworkOf(assessment);
        Set<IndicatorScore> scores = ScoringRules.check(framework, standards.scaleOf(framework), inputs, false);
        return save(assessment.withScores(scores, framework.version()));
    }

    /** Saves the scores and submits them for review; evidence must be there where the framework asks for it. */
    public Assessment submit(long assessmentId, int expectedVersion, List<ScoreInput> inputs) {
        Assessment assessment = ownAssessment(assessmentId, expectedVersion);
        Framework framework = frameworkOf(assessment);
        Set<IndicatorScore> scores = ScoringRules.check(framework, standards.scaleOf(framework), inputs, true);
        Assessment submitted = save(assessment.withScores(scores, framework.version()).submit());
        meters.counter("assessments.submitted", "framework", submitted.frameworkId(), "stage",
                submitted.stage().name()).increment();
        return submitted;
    }

    public Assessment approve(long assessmentId, int expectedVersion) {
        Assessment assessment = assessment(assessmentId);
        EngagementPrincipal reviewer = access.requireRole(assessment.partnershipId(), REVIEWERS);
        requireVersion(assessment, expectedVersion);
        return save(assessment.approve(reviewer.userId()));
    }

    public Assessment returnToDraft(long assessmentId, int expectedVersion, String reason) {
        Assessment assessment = assessment(assessmentId);
        EngagementPrincipal reviewer = access.requireRole(assessment.partnershipId(), REVIEWERS);
        requireVersion(assessment, expectedVersion);
        new org.cjengage.core.common.Checks().requiredText("reason", reason, Assessment.REASON_MAX).throwIfAny();
        return save(assessment.returnToDraft(reviewer.userId(), reason));
    }

    /** Whether the caller may score activities of the partnership (for showing buttons; services still check). */
    public boolean canScore(long partnershipId) {
        return access.hasRole(partnershipId, SCORERS);
    }

    public boolean canReview(long partnershipId) {
        return access.hasRole(partnershipId, REVIEWERS);
    }

    public boolean isOwn(Assessment assessment) {
        return access.currentUser().map(u -> u.userId() == assessment.assessorId()).orElse(false);
    }

    /**
     * The framework an assessment was made against, from the current standards data. Results group scores
     * by the element codes stored with them, so an assessment stays readable after the data changes.
     */
    public Framework frameworkOf(Assessment assessment) {
        return standards.findFramework(assessment.frameworkId())
                .orElseThrow(() -> new NotFoundException("framework", assessment.frameworkId()));
    }

    public AssessmentResult results(Assessment assessment) {
        return ScoreCalculator.results(frameworkOf(assessment), assessment.scores());
    }

    /**
     * The results the assessment would have with what the assessor has entered so far, without saving: the
     * live results table while scoring. Entries the rules would refuse (unknown indicator, off the scale) are
     * left out here; saving reports them.
     */
    public AssessmentResult resultsWhileScoring(Assessment assessment, List<ScoreInput> inputs) {
        access.requireMember(assessment.partnershipId());
        Framework framework = frameworkOf(assessment);
        var scale = standards.scaleOf(framework);
        Map<String, IndicatorScore> scores = new java.util.LinkedHashMap<>();
        for (ScoreInput input : inputs) {
            String code = input.indicatorCode();
            var element = code == null ? java.util.Optional.<org.cjengage.core.standards.FrameworkElement>empty()
                    : framework.elementOf(code);
            boolean valid = input.value() == null ? true : !input.notApplicable() && scale.contains(input.value());
            if (element.isPresent() && valid) {
                scores.putIfAbsent(code, new IndicatorScore(element.get().code(), code, input.value(),
                        input.notApplicable(), input.evidence()));
            }
        }
        return ScoreCalculator.results(framework, scores.values());
    }

    @Transactional(readOnly = true)
    public String assessorName(Assessment assessment) {
        access.requireMember(assessment.partnershipId());
        return nameOf(assessment.assessorId());
    }

    private Assessment ownAssessment(long assessmentId, int expectedVersion) {
        Assessment assessment = assessment(assessmentId);
        EngagementPrincipal user = access.requireRole(assessment.partnershipId(), SCORERS);
        if (user.userId() != assessment.assessorId()) {
            throw new NotPermittedException();
        }
        if (assessment.isLocked()) {
            throw new org.cjengage.core.common.DomainException("scoring.error.locked");
        }
        requireVersion(assessment, expectedVersion);
        return assessment;
    }

    private EngagementActivity readableActivity(long activityId) {
        EngagementActivity activity = activities.activity(activityId)
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        access.requireMember(activity.partnershipId());
        return activity;
    }

    private String nameOf(long userId) {
        return users.displayName(userId, "#" + userId);
    }

    private Assessment save(Assessment assessment) {
        try {
            return assessments.save(assessment);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("assessment");
        }
    }

    private static void requireVersion(Assessment assessment, int expected) {
        if (assessment.version() == null || assessment.version() != expected) {
            throw new ConcurrentEditException("assessment");
        }
    }
}
