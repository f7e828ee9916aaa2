package org.cjengage.hosttest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A host application that adds engagement-core and nothing else of the project's: its own package, its own
 * Spring Data JDBC repository (found by Spring Boot, no {@code @EnableJdbcRepositories}), Spring Boot's own Flyway,
 * and none of the bundled application's properties (so the library's defaults apply).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HostTestApplication {
}
