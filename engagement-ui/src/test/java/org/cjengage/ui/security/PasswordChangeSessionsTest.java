package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.PasswordChanged;
import org.cjengage.core.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionRegistryImpl;

/** Issue 14, item 7: a password change ends the user's other sessions; an admin's reset ends all of them. */
class PasswordChangeSessionsTest {

    final SessionRegistryImpl registry = new SessionRegistryImpl();

    @BeforeEach
    void twoSessionsOfOneUserAndOneOfAnother() {
        EngagementPrincipal user = new EngagementPrincipal(7, "user", "U", null, true, Set.of(Membership.in(1, Role.STAFF)));
        EngagementPrincipal other = new EngagementPrincipal(8, "other", "O", null, true, Set.of(Membership.in(1, Role.STAFF)));
        registry.registerNewSession("here", user);
        registry.registerNewSession("laptop-at-home", user);
        registry.registerNewSession("someone-else", other);
    }

    private boolean expired(String sessionId) {
        return registry.getSessionInformation(sessionId).isExpired();
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsButNotTheOneYouChangedItIn() {
        new EngagementSecurityConfiguration.PasswordChangeSessions(registry, () -> "here")
                .on(new PasswordChanged(7, false));

        assertThat(expired("here")).isFalse();
        assertThat(expired("laptop-at-home")).isTrue();
        assertThat(expired("someone-else")).isFalse();
    }

    @Test
    void anAdminResetEndsEverySessionOfTheUser() {
        new EngagementSecurityConfiguration.PasswordChangeSessions(registry, () -> "admins-own-session")
                .on(new PasswordChanged(7, true));

        assertThat(expired("here")).isTrue();
        assertThat(expired("laptop-at-home")).isTrue();
        assertThat(expired("someone-else")).isFalse();
    }

    @Test
    void aSessionOfTheSameUserIsFoundWhateverRolesItsSignInCopyHolds() {
        // The registry keeps the principal copied at sign-in; a later role change must not hide the session.
        EngagementPrincipal promoted = new EngagementPrincipal(7, "user", "U", null, true,
                Set.of(Membership.in(1, Role.ADMIN)));
        assertThat(registry.getAllSessions(promoted, false)).hasSize(2);
    }
}
