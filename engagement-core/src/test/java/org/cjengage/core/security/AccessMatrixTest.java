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
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
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
        ADMIN;

        boolean allows(Caller caller, boolean own) {
            return switch (caller) {
                case NATIONAL_ADMIN -> true;
                case NATIONAL_VIEWER -> this == READ;
                case ADMIN -> own;
                case STRATEGY_LEAD -> own && this != ADMIN;
                case STAFF, PARTNER -> own && this == READ;
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
        ops.add(new Operation("plan: deleteActivity", Rule.PLAN_WRITE, t -> {
            EngagementActivity fresh = data.activity(t.plan(), "To delete");
            planService.deleteActivity(fresh.id(), fresh.version());
        }));
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
        return ops;
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
