package org.cjengage.ui.dashboard;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.core.security.Role;
import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class DashboardNavigation {

    @Bean
    NavEntry dashboardNavEntry() {
        return new NavEntry(20, "nav.dashboard", DashboardView.class, VaadinIcon.DASHBOARD, Set.of());
    }

    @Bean
    NavEntry nationalDashboardNavEntry() {
        return new NavEntry(21, "nav.nationalDashboard", NationalDashboardView.class, VaadinIcon.GLOBE,
                Set.of(Role.NATIONAL_VIEWER));
    }
}
