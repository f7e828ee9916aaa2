package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.testsupport.AsUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

    /** The account as the database has it now; tests sign in with a copy and change this one. */
    final AtomicReference<EngagementPrincipal> stored = new AtomicReference<>();
    final AccessGuard guard = new AccessGuard(id -> Optional.ofNullable(stored.get()).filter(p -> p.userId() == id));

    void signIn(EngagementPrincipal principal) {
        stored.set(principal);
        AsUser.signIn(principal);
    }

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
            signIn(principal(true, Membership.in(1, role)));
            assertThat(guard.audienceFor(1)).as(role.name()).isEqualTo(org.cjengage.core.disclosure.Audience.PARTNERSHIP);
            assertThat(guard.audienceFor(2)).as(role.name()).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        }
        signIn(principal(true, Membership.national(Role.ADMIN)));
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        signIn(principal(true, Membership.national(Role.NATIONAL_VIEWER)));
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        signIn(principal(false, Membership.in(1, Role.PARTNER)));
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
        AsUser.signOut();
        assertThat(guard.audienceFor(1)).isEqualTo(org.cjengage.core.disclosure.Audience.BEYOND);
    }

    @Test
    void aMemberMayReadOnlyTheirOwnPartnership() {
        signIn(principal(true, Membership.in(1, Role.PARTNER)));

        guard.requireMember(1);
        assertThatThrownBy(() -> guard.requireMember(2)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aRoleInOnePartnershipGivesNoRightsInAnother() {
        signIn(principal(true, Membership.in(1, Role.STRATEGY_LEAD), Membership.in(2, Role.PARTNER)));

        guard.requireRole(1, AccessGuard.PLAN_EDITORS);
        assertThatThrownBy(() -> guard.requireRole(2, AccessGuard.PLAN_EDITORS)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aNationalViewerReadsAllButHoldsNoWriteRole() {
        signIn(principal(true, Membership.national(Role.NATIONAL_VIEWER)));

        guard.requireMember(42);
        assertThat(guard.readablePartnerships().all()).isTrue();
        assertThatThrownBy(() -> guard.requireRole(42, Set.of(Role.NATIONAL_VIEWER, Role.STAFF)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aNationalAdminMayAdministerAnyPartnership() {
        signIn(principal(true, Membership.national(Role.ADMIN)));

        guard.requireRole(7, AccessGuard.PLAN_EDITORS);
    }

    @Test
    void aDeactivatedUserIsRefusedEverything() {
        signIn(principal(false, Membership.in(1, Role.ADMIN)));

        assertThatThrownBy(() -> guard.requireMember(1)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(guard::requireUser).isInstanceOf(NotPermittedException.class);
    }
    @Test
    void aRoleLoweredAfterSignInIsRefusedAtTheNextCallNotAtTheNextSignIn() {
        // Given a strategy lead signed in (the session holds a copy made at sign-in)
        signIn(principal(true, Membership.in(1, Role.STRATEGY_LEAD)));
        guard.requireRole(1, AccessGuard.PLAN_EDITORS);

        // When an admin lowers the role to partner in the database
        stored.set(principal(true, Membership.in(1, Role.PARTNER)));

        // Then the next check uses the role as it is now
        assertThatThrownBy(() -> guard.requireRole(1, AccessGuard.PLAN_EDITORS)).isInstanceOf(NotPermittedException.class);
        guard.requireMember(1);
    }

    @Test
    void aMembershipRemovedOrAnAccountDeactivatedOrDeletedAfterSignInIsRefused() {
        signIn(principal(true, Membership.in(1, Role.STAFF)));

        stored.set(principal(true));
        assertThatThrownBy(() -> guard.requireMember(1)).isInstanceOf(NotPermittedException.class);

        stored.set(principal(false, Membership.in(1, Role.STAFF)));
        assertThatThrownBy(() -> guard.requireMember(1)).isInstanceOf(NotPermittedException.class);

        stored.set(null);
        assertThatThrownBy(guard::requireUser).isInstanceOf(NotPermittedException.class);
        assertThat(guard.currentUser()).isEmpty();
    }
}
