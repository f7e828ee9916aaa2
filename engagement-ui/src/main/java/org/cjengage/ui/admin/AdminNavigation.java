package org.cjengage.ui.admin;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.core.security.Role;
import org.cjengage.ui.layout.NavEntry;
import org.cjengage.ui.security.ChangePasswordView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AdminNavigation {

    @Bean
    NavEntry usersNavEntry() {
        return new NavEntry(800, "security.nav.users", UsersView.class, VaadinIcon.USERS, Set.of(Role.ADMIN));
    }

    @Bean
    NavEntry securityEventsNavEntry() {
        return new NavEntry(810, "security.nav.events", SecurityEventsView.class, VaadinIcon.SHIELD, Set.of(Role.ADMIN));
    }

    @Bean
    NavEntry changePasswordNavEntry() {
        return new NavEntry(900, "security.nav.password", ChangePasswordView.class, VaadinIcon.KEY, Set.of());
    }
}
