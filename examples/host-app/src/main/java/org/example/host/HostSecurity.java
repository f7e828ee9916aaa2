package org.example.host;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.cjengage.ui.security.EngagementWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The host's own security filter chain (the plugin's then steps back). It adds the plugin's part (current access,
 * login CSRF, tracked sessions) and uses the plugin's sign-in page at /engage/login against the plugin's user store,
 * so one sign-in serves the host's pages and the plugin's. A host with a login view of its own passes that class
 * to {@code loginView} instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class HostSecurity {

    @Bean
    SecurityFilterChain hostSecurityFilterChain(HttpSecurity http, EngagementWebSecurity engagement) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health").permitAll());
        engagement.applyTo(http);
        http.with(vaadin(), engagement::useLoginView);
        return http.build();
    }
}
