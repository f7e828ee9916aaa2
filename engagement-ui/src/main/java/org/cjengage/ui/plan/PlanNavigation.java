package org.cjengage.ui.plan;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlanNavigation {

    @Bean
    NavEntry planNavEntry() {
        return new NavEntry(10, "nav.plan", PlanView.class, VaadinIcon.CLIPBOARD_TEXT, Set.of());
    }
}
