package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.testsupport.AsUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

    final AccessGuard guard = new AccessGuard();

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    static EngagementPrincipal principal(boolean active, Membership... memberships) {
        return new EngagementPrincipal(1, "u", "U", "{noop}x", active, Set.of(memberships));
    }

    @Test
    void membersOfThePartnershipAreItsAudienceAndEveryoneElseIsBeyondIt() {
        for (Role role : Set.of(Role.ADMIN, Role.STRATEGY_LEAD, Role.STAFF, Role.PARTNER)) {
            AsUser.signIn(principal(true, Membership.in(1, role)));
            assertThat(guard.audienceFor(1)).as(role.name()).isEqualTo(org.cjengage.core.disclosure.Audience.PARTNERSHIP);
            assertThat(guard.audienceFor(2)).as(role.name()).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        }
        AsUser.signIn(principal(true, Membership.national(Role.ADMIN)));
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        AsUser.signIn(principal(true, Membership.national(Role.NATIONAL_VIEWER)));
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        AsUser.signIn(principal(false, Membership.in(1, Role.PARTNER)));
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        AsUser.signOut();
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
    }

    @Test
    void aMemberMayReadOnlyTheirOwnPartnership() {
        AsUser.signIn(principal(true, Membership.in(1, Role.PARTNER)));

        guard.requireMember(1);
        assertThatThrownBy(() -> guard.requireMember(2)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRoleInOnePartnershipGivesNoRightsInAnother() {
        AsUser.signIn(principal(true, Membership.in(1, Role.STRATEGY_LEAD), Membership.in(2, Role.PARTNER)));

        guard.requireRole(1, AccessGuard.PLAN_EDITORS);
        assertThatThrownBy(() -> guard.requireRole(2, AccessGuard.PLAN_EDITORS)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aNationalViewerReadsAllButHoldsNoWriteRole() {
        AsUser.signIn(principal(true, Membership.national(Role.NATIONAL_VIEWER)));

        guard.requireMember(42);
        assertThat(guard.readablePartnerships().all()).isTrue();
        assertThatThrownBy(() -> guard.requireRole(42, Set.of(Role.NATIONAL_VIEWER, Role.STAFF)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aNationalAdminMayAdministerAnyPartnership() {
        AsUser.signIn(principal(true, Membership.national(Role.ADMIN)));

        guard.requireRole(7, AccessGuard.PLAN_EDITORS);
    }

    @Test
    void aDeactivatedUserIsRefusedEverything() {
        AsUser.signIn(principal(false, Membership.in(1, Role.ADMIN)));

        assertThatThrownBy(() -> guard.requireMember(1)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(guard::requireUser).isInstanceOf(NotPermittedException.class);
    }
}
