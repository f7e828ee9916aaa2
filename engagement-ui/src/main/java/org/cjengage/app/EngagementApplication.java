package org.cjengage.app;

import org.cjengage.core.backup.DatabaseTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The runnable CJ Engage application: the engagement-ui plugin on its own, with the embedded MariaDB
 * unless {@code spring.datasource.url} points elsewhere.
 */
@SpringBootApplication
@PropertySource("classpath:cjengage-app.properties")
public class EngagementApplication {

    /** Runs the application; {@code backup} and {@code restore FILE} run the backup tool instead (docs/operations.md). */
    public static void main(String[] args) {
        if (DatabaseTool.handles(args)) {
            System.exit(DatabaseTool.run(args, System.out, System.err, "classpath:cjengage-app.properties"));
        }
        SpringApplication.run(EngagementApplication.class, args);
    }

    /**
     * Requests are timed once ({@code http.server.requests}); Spring Security's observation of each request's filter
     * chain, filter by filter, is left out (about 2 % of the application's processor time in the load test,
     * docs/benchmarks.md, "processor time per step"). Sign-ins and authorization decisions are still observed. A
     * host application that embeds the plugin chooses for itself.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }
}
