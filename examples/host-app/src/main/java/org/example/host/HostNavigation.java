package org.example.host;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;

import org.cjengage.ui.layout.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plugin's side navigation leads back to the host: a {@link NavEntry} bean, like the plugin's own features. */
@Configuration(proxyBeanMethods = false)
public class HostNavigation {

    @Bean
    NavEntry hostNoticeBoardNavEntry() {
        return new NavEntry(0, "host.nav.back", HomeView.class, VaadinIcon.HOME, Set.of());
    }
}
