package org.cjengage.core.testsupport;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.cjengage.core.outputs.OutputsScaleData;
import org.cjengage.core.participation.ParticipationTestData;
import org.cjengage.core.security.HashingMoments;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The test helpers of engagement-core ({@link TestData} and friends) for every Spring Boot test that has the core
 * test classes on its class path (core tests and, through the test-jar, ui tests). Registered in this test
 * tree's META-INF/spring/...AutoConfiguration.imports: engagement-core imports its beans rather than scanning, so
 * nothing picks up a test {@code @Component} by its package.
 */
@AutoConfiguration(after = EngagementCoreAutoConfiguration.class)
@Import({TestData.class, ParticipationTestData.class, StatementCounter.class, HashingMoments.class,
        OutputsScaleData.class})
public class TestSupportAutoConfiguration {
}
