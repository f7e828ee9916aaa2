package org.cjengage.core;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The plugin's Spring Data JDBC repositories (package {@code org.cjengage.core} only), registered after Spring
 * Boot's {@code DataJdbcRepositoriesAutoConfiguration}. Boot creates the host application's own repositories only
 * while no {@code JdbcRepositoryConfigExtension} bean exists, and every {@code @EnableJdbcRepositories} registers
 * one: processed before Boot's, this annotation would switch the host's repositories off (HostApplicationTest).
 * A separate auto-configuration, so that only the repositories move behind Boot's and
 * {@link EngagementCoreAutoConfiguration} (and the UI's after it) keeps its place in the order.
 */
@AutoConfiguration(after = EngagementCoreAutoConfiguration.class,
        afterName = "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration")
@EnableJdbcRepositories(basePackages = "org.cjengage.core")
public class EngagementCoreRepositoriesAutoConfiguration {
}
