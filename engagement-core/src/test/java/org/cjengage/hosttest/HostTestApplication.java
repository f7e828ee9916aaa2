package org.cjengage.hosttest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A host application that adds engagement-core and nothing else of the project's: its own package, its own
 * Spring Data JDBC repository (found by Spring Boot, no {@code @EnableJdbcRepositories}), Spring Boot's own Flyway,
 * its own password encoder under the usual bean name, and none of the bundled application's properties (so the
 * library's defaults apply).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HostTestApplication {

    /** The host's own encoder, for the host's own purposes: the plugin must neither replace nor use it. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }
}
