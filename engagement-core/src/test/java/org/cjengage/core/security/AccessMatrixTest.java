package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cjengage.core.admin.InviteDraft;
import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.admin.PersonalDataService;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.LinkableActivity;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.participation.ParticipationTestData;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.participation.TrackedServiceRepository;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentOverviewRow;
import org.cjengage.core.scoring.AssessmentRepository;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.IndicatorScore;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The access matrix: every service operation x every kind of caller x the caller's own or another
 * partnership, with the expected allow or deny. A refusal is {@link NotPermittedException} or, where the
 * existence of a record must not leak, {@link NotFoundException}. To cover a new service, add rows to
 * {@link #operations()}: a name, the access rule it follows, and what to call against the target partnership.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Who calls. Partnership roles are held in the "own" partnership. */
    enum Caller { ADMIN, STRATEGY_LEAD, STAFF, PARTNER, NATIONAL_VIEWER, NATIONAL_ADMIN, ANONYMOUS, DEACTIVATED }

    /** The access rule an operation follows. */
    enum Rule {
        /** Any member of the partnership, national viewers and national admins. */
        READ,
        /** ADMIN or STRATEGY_LEAD of the partnership, or a national admin. */
        PLAN_WRITE,
        /** ADMIN of the partnership, or a national admin. */
        ADMIN,
        /** ADMIN, STRATEGY_LEAD or STAFF of the partnership, or a national admin (scoring, observations). */
        RECORD;

        boolean allows(Caller caller, boolean own) {
            return switch (caller) {
                case NATIONAL_ADMIN -> true;
                case NATIONAL_VIEWER -> this == READ;
                case ADMIN -> own;
                case STRATEGY_LEAD -> own && this != ADMIN;
                case STAFF -> own && (this == READ || this == RECORD);
                case PARTNER -> own && this == READ;
                case ANONYMOUS, DEACTIVATED -> false;
            };
        }
    }

    /** The partnership an operation is aimed at, with records in it. */
    record Target(Partnership partnership, ActionPlan plan, EngagementActivity activity, EngagementPrincipal member) {
    }

    interface Call {
        void run(Target target);
    }

    record Operation(String name, Rule rule, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired PartnershipService partnershipService;
    @Autowired PlanService planService;
    @Autowired UserAdminService userAdmin;
    @Autowired PersonalDataService personalData;
    @Autowired SecurityEvents securityEvents;
    @Autowired org.cjengage.core.plan.ActivityRepository activityRepository;
    @Autowired org.cjengage.core.plan.ActionPlanRepository planRepository;
    @Autowired UserRepository userRepository;
    @Autowired TestData data;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentRepository assessmentRepository;
    @Autowired StandardsCatalogue standards;
    @Autowired DistanceTravelledService distanceTravelled;
    @Autowired TrackedServiceRepository serviceRepository;
    @Autowired ParticipationTestData participation;
    @Autowired AccessGuard access;
    @Autowired org.cjengage.core.outputs.AnnualReportService annualReports;
    @Autowired org.cjengage.core.outputs.OutputExportService outputExports;

    Target own;
    Target other;
    final java.util.Map<Caller, EngagementPrincipal> callers = new java.util.EnumMap<>(Caller.class);

    @BeforeAll
    void createPartnershipsAndCallers() {
        own = target();
        other = target();
        callers.put(Caller.ADMIN, data.user(Role.ADMIN, own.partnership().id()));
        callers.put(Caller.STRATEGY_LEAD, data.user(Role.STRATEGY_LEAD, own.partnership().id()));
        callers.put(Caller.STAFF, data.user(Role.STAFF, own.partnership().id()));
        callers.put(Caller.PARTNER, data.user(Role.PARTNER, own.partnership().id()));
        callers.put(Caller.NATIONAL_VIEWER, data.user(Role.NATIONAL_VIEWER, null));
        callers.put(Caller.NATIONAL_ADMIN, data.user(Role.ADMIN, null));
        EngagementPrincipal admin = data.user(Role.ADMIN, own.partnership().id());
        callers.put(Caller.DEACTIVATED, new EngagementPrincipal(admin.userId(), admin.username(), admin.displayName(),
                admin.passwordHash(), false, admin.memberships()));
        userRepository.save(userRepository.findById(admin.userId()).orElseThrow().withActive(false));
    }

    private Target target() {
        Partnership p = data.partnership();
        ActionPlan plan = data.plan(p.id());
        return new Target(p, plan, data.activity(plan, "Activity of " + p.code()), data.user(Role.STAFF, p.id()));
    }

    /** The operations under test; add a row per new service method. */
    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        // PartnershipService
        ops.add(new Operation("partnerships: visiblePartnerships", Rule.READ, t -> requireContains(
                partnershipService.visiblePartnerships().stream().map(Partnership::id).toList(), t.partnership().id())));
        ops.add(new Operation("partnerships: get", Rule.READ, t -> partnershipService.get(t.partnership().id())));
        // PlanService
        ops.add(new Operation("plan: plansOf", Rule.READ, t -> planService.plansOf(t.partnership().id())));
        ops.add(new Operation("plan: plan", Rule.READ, t -> planService.plan(t.plan().id())));
        ops.add(new Operation("plan: activities", Rule.READ, t -> planService.activities(t.plan().id(), 0, 10)));
        ops.add(new Operation("plan: countActivities", Rule.READ, t -> planService.countActivities(t.plan().id())));
        ops.add(new Operation("plan: activitiesOfPlans", Rule.READ, t -> planService.activitiesOfPlans(
                t.partnership().id(), List.of(t.plan().id()))));
        ops.add(new Operation("plan: eachActivityOfPlans", Rule.READ, t -> planService.eachActivityOfPlans(
                t.partnership().id(), List.of(t.plan().id()), a -> { })));
        ops.add(new Operation("plan: activitySummaries", Rule.READ, t -> planService.activitySummaries(
                t.partnership().id(), List.of(t.plan().id()))));
        ops.add(new Operation("plan: activitiesInPeriod", Rule.READ, t -> planService.activitiesInPeriod(
                t.partnership().id(), List.of(t.plan().id()), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))));
        ops.add(new Operation("plan: countUndatedActivities", Rule.READ, t -> planService.countUndatedActivities(
                t.partnership().id(), List.of(t.plan().id()))));
        ops.add(new Operation("plan: activity", Rule.READ, t -> planService.activity(t.activity().id())));
        ops.add(new Operation("plan: createPlan", Rule.PLAN_WRITE, t -> planService.createPlan(t.partnership().id(),
                new PlanDraft("Matrix plan", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));
        ops.add(new Operation("plan: updatePlan", Rule.PLAN_WRITE, t -> {
            ActionPlan current = planRepository.findById(t.plan().id()).orElseThrow();
            planService.updatePlan(current.id(), current.version(), new PlanDraft(current.title(), "Updated",
                    current.periodStart(), current.periodEnd()));
        }));
        ops.add(new Operation("plan: createActivity", Rule.PLAN_WRITE, t -> planService.createActivity(t.plan().id(),
                ActivityDraft.of("Matrix activity", "INFORM", Set.of("VICTIMS")))));
        ops.add(new Operation("plan: updateActivity", Rule.PLAN_WRITE, t -> {
            EngagementActivity current = activityRepository.findById(t.activity().id()).orElseThrow();
            planService.updateActivity(current.id(), current.version(), current.toDraft());
        }));
        ops.add(new Operation("plan: recordDelivery", Rule.RECORD, t -> {
            EngagementActivity current = activityRepository.findById(t.activity().id()).orElseThrow();
            planService.recordDelivery(current.id(), current.version(), new org.cjengage.core.plan.DeliveryDraft(
                    org.cjengage.core.plan.PlanStatus.IN_PROGRESS, LocalDate.of(2026, 2, 1), null, "Matrix delivery",
                    null, 12, null, null, null));
        }));
        ops.add(new Operation("plan: canRecordDelivery", Rule.RECORD, t -> requireTrue(
                planService.canRecordDelivery(t.partnership().id()))));
        ops.add(new Operation("plan: canEditPlan", Rule.PLAN_WRITE, t -> requireTrue(
                planService.canEditPlan(t.partnership().id()))));
        ops.add(new Operation("plan: deleteActivity", Rule.PLAN_WRITE, t -> {
            EngagementActivity fresh = data.activity(t.plan(), "To delete");
            planService.deleteActivity(fresh.id(), fresh.version());
        }));
        ops.add(new Operation("plan: planDeletion", Rule.PLAN_WRITE, t -> planService.planDeletion(t.plan().id())));
        ops.add(new Operation("plan: activityDeletion", Rule.PLAN_WRITE,
                t -> planService.activityDeletion(t.activity().id())));
        ops.add(new Operation("plan: addActivities", Rule.PLAN_WRITE, t -> planService.addActivities(t.plan().id(),
                List.of(ActivityDraft.of("Matrix bulk activity", "INFORM", Set.of("VICTIMS"))))));
        // UserAdminService and PersonalDataService
        ops.add(new Operation("admin: users", Rule.ADMIN, t -> requireContains(
                userAdmin.users().stream().map(ManagedUser::id).toList(), t.member().userId())));
        ops.add(new Operation("admin: user", Rule.ADMIN, t -> userAdmin.user(t.member().userId())));
        ops.add(new Operation("admin: invite", Rule.ADMIN, t -> userAdmin.invite(new InviteDraft(
                TestData.unique("inv").toLowerCase(), "Invited", null, t.partnership().id(), Role.STAFF, null))));
        ops.add(new Operation("admin: setRole", Rule.ADMIN, t -> userAdmin.setRole(
                freshMember(t).userId(), 0, t.partnership().id(), Role.PARTNER)));
        ops.add(new Operation("admin: deactivate", Rule.ADMIN, t -> userAdmin.deactivate(
                freshMember(t).userId(), 0, false)));
        ops.add(new Operation("admin: reactivate", Rule.ADMIN, t -> {
            EngagementPrincipal m = freshMember(t);
            userRepository.save(userRepository.findById(m.userId()).orElseThrow().withActive(false));
            userAdmin.reactivate(m.userId(), 1);
        }));
        ops.add(new Operation("admin: resetPassword", Rule.ADMIN, t -> userAdmin.resetPassword(
                freshMember(t).userId(), 0)));
        ops.add(new Operation("admin: exportPersonalData", Rule.ADMIN, t -> personalData.export(t.member().userId())));
        // SecurityEvents
        ops.add(new Operation("securityEvents: search", Rule.ADMIN, t -> {
            securityEvents.record(SecurityEventType.EXPORT, t.member().userId(), t.member().username(), null,
                    t.partnership().id(), "matrix");
            requireContains(securityEvents.search(SecurityEventFilter.aboutUser(t.member().userId()), 0, 50)
                    .stream().map(SecurityEvent::partnershipId).toList(), t.partnership().id());
        }));
        ops.add(new Operation("securityEvents: count", Rule.ADMIN, t -> {
            securityEvents.record(SecurityEventType.EXPORT, t.member().userId(), t.member().username(), null,
                    t.partnership().id(), "matrix");
            if (securityEvents.count(SecurityEventFilter.aboutUser(t.member().userId())) == 0) {
                throw new NotPermittedException();
            }
        }));
        // AnnualReportService: publishing a finished year's report for the public page
        ops.add(new Operation("outputs: publish annual report", Rule.PLAN_WRITE, t -> annualReports.publish(
                t.partnership().id(), org.cjengage.core.outputs.AnnualReportService.reportingYearOf(
                        annualReports.today()) - 1, org.cjengage.core.plan.PlanScope.CURRENT)));
        ops.add(new Operation("outputs: file of a shown document", Rule.READ, t -> outputExports.file(
                t.partnership().id(), org.cjengage.core.outputs.OutputExportService.Shown.ANNUAL_REPORT,
                new org.cjengage.core.outputs.OutputDocument("Shown", "", "en-GB", LocalDate.of(2026, 1, 5), List.of()),
                org.cjengage.core.outputs.OutputFormat.DOCX)));
        ops.add(new Operation("outputs: published annual report", Rule.READ, t -> annualReports.published(
                t.partnership().id(), 2020)));
        ops.add(new Operation("outputs: canPublish", Rule.PLAN_WRITE, t -> requireTrue(annualReports.canPublish(
                t.partnership().id()))));
        scoringOperations(ops);
        participationOperations(ops);
        return ops;
    }

    /** AssessmentService: read for members, score for ADMIN/STRATEGY_LEAD/STAFF, review for ADMIN/STRATEGY_LEAD. */
    private void scoringOperations(List<Operation> ops) {
        ops.add(new Operation("scoring: activityScores", Rule.READ, t -> {
            Assessment a = assessmentBy(t.member().userId(), t, AssessmentStatus.SUBMITTED);
            requireContains(assessments.activityScores(a.activityId()).assessments().stream()
                    .map(s -> s.assessment().id()).toList(), a.id());
        }));
        ops.add(new Operation("scoring: assessment", Rule.READ, t -> assessments.assessment(
                assessmentBy(t.member().userId(), t, AssessmentStatus.DRAFT).id())));
        ops.add(new Operation("scoring: activity", Rule.READ, t -> assessments.activity(t.activity().id())));
        ops.add(new Operation("scoring: overview", Rule.READ, t -> requireContains(assessments.overview(
                t.partnership().id()).stream().map(AssessmentOverviewRow::activityId).toList(), t.activity().id())));
        ops.add(new Operation("scoring: assessorName", Rule.READ, t -> assessments.assessorName(
                assessmentBy(t.member().userId(), t, AssessmentStatus.DRAFT))));
        ops.add(new Operation("scoring: start", Rule.RECORD, t -> assessments.start(
                data.activity(t.plan(), "To score").id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW)));
        ops.add(new Operation("scoring: saveDraft (own assessment)", Rule.RECORD, t -> {
            Assessment own = assessmentBy(callerId(t), t, AssessmentStatus.DRAFT);
            assessments.saveDraft(own.id(), own.version(), List.of(ScoreInput.of("1a", 3, "Matrix notes")));
        }));
        ops.add(new Operation("scoring: submit (own assessment)", Rule.RECORD, t -> {
            Assessment own = assessmentBy(callerId(t), t, AssessmentStatus.DRAFT);
            assessments.submit(own.id(), own.version(), List.of(ScoreInput.of("1a", 3, "Matrix notes")));
        }));
        ops.add(new Operation("scoring: approve", Rule.PLAN_WRITE, t -> {
            Assessment submitted = assessmentBy(t.member().userId(), t, AssessmentStatus.SUBMITTED);
            assessments.approve(submitted.id(), submitted.version());
        }));
        ops.add(new Operation("scoring: returnToDraft", Rule.PLAN_WRITE, t -> {
            Assessment submitted = assessmentBy(t.member().userId(), t, AssessmentStatus.SUBMITTED);
            assessments.returnToDraft(submitted.id(), submitted.version(), "Please add the attendance figures");
        }));
        ops.add(new Operation("scoring: startForPartnership", Rule.RECORD, t -> assessments.startForPartnership(
                t.partnership().id(), StandardIds.THIRD_SECTOR_FACTORS, CycleStage.REVIEW)));
        ops.add(new Operation("scoring: partnershipScores", Rule.READ, t -> assessments.partnershipScores(
                t.partnership().id())));
        ops.add(new Operation("scoring: canScore", Rule.RECORD, t -> requireTrue(assessments.canScore(
                t.partnership().id()))));
        ops.add(new Operation("scoring: canReview", Rule.PLAN_WRITE, t -> requireTrue(assessments.canReview(
                t.partnership().id()))));
    }

    /** DistanceTravelledService: read for members, services for ADMIN/STRATEGY_LEAD, observations also STAFF. */
    private void participationOperations(List<Operation> ops) {
        ops.add(new Operation("participation: services", Rule.READ, t -> {
            TrackedService s = participation.service(t.partnership().id());
            requireContains(distanceTravelled.services(t.partnership().id()).stream()
                    .map(summary -> summary.service().id()).toList(), s.id());
        }));
        ops.add(new Operation("participation: service", Rule.READ, t -> distanceTravelled.service(
                participation.service(t.partnership().id()).id())));
        ops.add(new Operation("participation: journey", Rule.READ, t -> distanceTravelled.journey(
                participation.service(t.partnership().id()).id())));
        ops.add(new Operation("participation: linkableActivities", Rule.READ, t -> requireContains(
                distanceTravelled.linkableActivities(t.partnership().id()).stream().map(LinkableActivity::id).toList(),
                t.activity().id())));
        ops.add(new Operation("participation: createService", Rule.PLAN_WRITE, t -> distanceTravelled.createService(
                t.partnership().id(), new ServiceDraft(TestData.unique("Matrix service"), "Matrix organisation",
                        Sector.STATUTORY, Set.of("VICTIMS"), null, LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE).plusYears(1)))));
        ops.add(new Operation("participation: updateService", Rule.PLAN_WRITE, t -> {
            TrackedService s = participation.service(t.partnership().id());
            ServiceDraft draft = s.toDraft();
            distanceTravelled.updateService(s.id(), s.version(), new ServiceDraft(draft.name(), "Renamed organisation",
                    draft.sector(), draft.communityCodes(), draft.targetStage(), draft.targetDate()));
        }));
        ops.add(new Operation("participation: recordObservation", Rule.RECORD, t -> distanceTravelled.recordObservation(
                participation.service(t.partnership().id()).id(),
                ObservationDraft.of(LocalDate.now(org.cjengage.core.EngagementCoreAutoConfiguration.ZONE), 3, "Matrix evidence").linkedTo(Set.of(t.activity().id())))));
        ops.add(new Operation("participation: canEditServices", Rule.PLAN_WRITE, t -> requireTrue(
                distanceTravelled.canEditServices(t.partnership().id()))));
        ops.add(new Operation("participation: canRecord", Rule.RECORD, t -> requireTrue(
                distanceTravelled.canRecord(t.partnership().id()))));
    }

    /** An assessment of the target's activity by the given person, made directly (no access check). */
    private Assessment assessmentBy(long assessorId, Target t, AssessmentStatus status) {
        Framework framework = standards.nationalStandards();
        Assessment a = assessmentRepository.save(Assessment.start(data.activity(t.plan(), "Scored").id(),
                t.partnership().id(), assessorId, framework.id(), framework.version(), CycleStage.REVIEW));
        if (status == AssessmentStatus.SUBMITTED) {
            String element = framework.elementOf("1a").orElseThrow().code();
            a = assessmentRepository.save(a.withScores(Set.of(IndicatorScore.scored(element, "1a", 4, "Notes")),
                    framework.version()).submit());
        }
        return a;
    }

    /** The signed-in caller (active or not); anonymous calls borrow the target member's id. */
    private long callerId(Target t) {
        return access.currentUser().map(EngagementPrincipal::userId).orElse(t.member().userId());
    }

    private static void requireTrue(boolean allowed) {
        if (!allowed) {
            throw new NotPermittedException();
        }
    }

    private EngagementPrincipal freshMember(Target t) {
        return data.user(Role.STAFF, t.partnership().id());
    }

    private static void requireContains(List<Long> visible, long id) {
        if (!visible.contains(id)) {
            throw new NotPermittedException();
        }
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            for (Caller caller : Caller.values()) {
                for (boolean ownPartnership : new boolean[] {true, false}) {
                    rows.add(Arguments.of(op, caller, ownPartnership ? "own" : "other",
                            op.rule().allows(caller, ownPartnership)));
                }
            }
        }
        return rows.stream();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @ParameterizedTest(name = "{0} as {1} on {2} partnership: allowed={3}")
    @MethodSource("matrix")
    void everyOperationAllowsExactlyTheExpectedCallers(Operation op, Caller caller, String which, boolean allowed) {
        Target target = which.equals("own") ? own : other;
        Runnable call = () -> op.call().run(target);
        if (allowed) {
            as(caller, call);
        } else {
            assertThatThrownBy(() -> as(caller, call))
                    .isInstanceOfAny(NotPermittedException.class, NotFoundException.class);
        }
    }

    @ParameterizedTest(name = "the matrix covers {0}")
    @MethodSource("operations")
    void everyOperationIsRefusedToAnonymousCallers(Operation op) {
        assertThat(op.rule().allows(Caller.ANONYMOUS, true)).isFalse();
        assertThatThrownBy(() -> op.call().run(own)).isInstanceOfAny(NotPermittedException.class,
                NotFoundException.class);
    }

    private void as(Caller caller, Runnable work) {
        if (caller == Caller.ANONYMOUS) {
            AsUser.signOut();
            work.run();
        } else {
            AsUser.run(callers.get(caller), work);
        }
    }
}
