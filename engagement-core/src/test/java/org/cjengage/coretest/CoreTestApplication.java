package org.cjengage.coretest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.PropertySource;

/**
 * Minimal host for engagement-core integration tests: just the auto-configuration a real app gets, with the
 * bundled application's choices (core-test-app.properties).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@PropertySource("classpath:core-test-app.properties")
public class CoreTestApplication {
}
