package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.cjengage.core.admin.UserDeactivated;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionRegistryImpl;

class DeactivatedUserSessionsTest {

    @Test
    void deactivatingAUserExpiresAllTheirSessionsAndNobodyElses() {
        SessionRegistryImpl registry = new SessionRegistryImpl();
        EngagementPrincipal leaving = new EngagementPrincipal(7, "leaving", "L", null, true,
                Set.of(Membership.in(1, Role.STAFF)));
        EngagementPrincipal staying = new EngagementPrincipal(8, "staying", "S", null, true,
                Set.of(Membership.in(1, Role.STAFF)));
        registry.registerNewSession("a", leaving);
        registry.registerNewSession("b", leaving);
        registry.registerNewSession("c", staying);

        new EngagementSecurityConfiguration.DeactivatedUserSessions(registry).on(new UserDeactivated(7, "leaving"));

        assertThat(registry.getSessionInformation("a").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("b").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("c").isExpired()).isFalse();
    }
}
