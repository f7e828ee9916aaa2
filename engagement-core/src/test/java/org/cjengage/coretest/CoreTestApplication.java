package org.cjengage.coretest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** Minimal host for engagement-core integration tests: just the auto-configuration a real app gets. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CoreTestApplication {
}
