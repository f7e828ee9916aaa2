package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 14, item 1: an open session holds the principal copied at sign-in; every service call must use the
 * memberships and active flag as they are in the database now. A removed member stays visible to the admins of
 * the partnership they left, who can still deactivate them.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class AccessFollowsChangesTest {

    @Autowired PlanService plans;
    @Autowired UserAdminService admin;
    @Autowired UserRepository users;
    @Autowired TestData data;

    Partnership partnership;
    ActionPlan plan;
    EngagementPrincipal partnershipAdmin;

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        plan = data.plan(partnership.id());
        partnershipAdmin = data.user(Role.ADMIN, partnership.id());
    }

    private ActivityDraft draft() {
        return ActivityDraft.of("Drop-in at the library", "CONSULT", Set.of("VICTIMS"));
    }

    private int version(EngagementPrincipal user) {
        return users.findById(user.userId()).orElseThrow().version();
    }

    @Test
    void aStrategyLeadDemotedToPartnerIsRefusedTheNextSaveOfTheSessionAlreadyOpen() {
        // Given a strategy lead signed in (this principal is the copy the session keeps)
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.call(lead, () -> plans.createActivity(plan.id(), draft()));

        // When the admin demotes them to partner
        AsUser.call(partnershipAdmin, () -> admin.setRole(lead.userId(), version(lead), partnership.id(), Role.PARTNER));

        // Then the same session can still read but no longer save or delete the plan
        assertThatThrownBy(() -> AsUser.call(lead, () -> plans.createActivity(plan.id(), draft())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.run(lead, () -> plans.deletePlan(plan.id(), plan.version())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(AsUser.call(lead, () -> plans.plan(plan.id())).id()).isEqualTo(plan.id());
    }

    @Test
    void aMemberRemovedFromThePartnershipCanNoLongerReadIt() {
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        AsUser.call(staff, () -> plans.plan(plan.id()));

        AsUser.call(partnershipAdmin, () -> admin.setRole(staff.userId(), version(staff), partnership.id(), null));

        assertThatThrownBy(() -> AsUser.call(staff, () -> plans.plan(plan.id())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aDeactivatedUserIsRefusedAtTheNextCall() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());

        AsUser.call(partnershipAdmin, () -> admin.deactivate(lead.userId(), version(lead), false));

        assertThatThrownBy(() -> AsUser.call(lead, () -> plans.plan(plan.id())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRemovedMemberIsStillListedAsAFormerMemberAndTheAdminCanDeactivateThem() {
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        AsUser.call(partnershipAdmin, () -> admin.setRole(staff.userId(), version(staff), partnership.id(), null));

        ManagedUser listed = AsUser.call(partnershipAdmin, () -> admin.users()).stream()
                .filter(u -> u.id() == staff.userId()).findFirst().orElseThrow();
        assertThat(listed.formerMember()).isTrue();
        assertThat(listed.formerPartnerships()).containsExactly(partnership.id());
        assertThat(listed.memberships()).isEmpty();
        assertThat(listed.wholeAccountManageable()).isTrue();

        ManagedUser deactivated = AsUser.call(partnershipAdmin,
                () -> admin.deactivate(staff.userId(), listed.version(), false));
        assertThat(deactivated.active()).isFalse();
        assertThat(users.findById(staff.userId()).orElseThrow().active()).isFalse();
    }

    @Test
    void aFormerMemberWhoNowBelongsToAnotherPartnershipIsListedButOnlyTheirNewAdminsCanDeactivateThem() {
        Partnership elsewhere = data.partnership();
        EngagementPrincipal moving = data.userWith(Set.of(Membership.in(partnership.id(), Role.STAFF),
                Membership.in(elsewhere.id(), Role.STAFF)));
        AsUser.call(partnershipAdmin, () -> admin.setRole(moving.userId(), version(moving), partnership.id(), null));

        ManagedUser listed = AsUser.call(partnershipAdmin, () -> admin.user(moving.userId()));
        assertThat(listed.formerMember()).isTrue();
        assertThat(listed.wholeAccountManageable()).isFalse();
        assertThatThrownBy(() -> AsUser.call(partnershipAdmin,
                () -> admin.deactivate(moving.userId(), listed.version(), false)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.admin.otherPartnerships"));
    }

    @Test
    void aFormerMemberWhoIsAddedBackIsACurrentMemberAgain() {
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        AsUser.call(partnershipAdmin, () -> admin.setRole(staff.userId(), version(staff), partnership.id(), null));

        ManagedUser back = AsUser.call(partnershipAdmin,
                () -> admin.setRole(staff.userId(), version(staff), partnership.id(), Role.PARTNER));

        assertThat(back.formerMember()).isFalse();
        assertThat(back.formerPartnerships()).isEmpty();
        assertThat(back.memberships()).containsExactly(Membership.in(partnership.id(), Role.PARTNER));
    }
}
