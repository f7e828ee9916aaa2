package org.cjengage.core;

import java.time.Clock;
import java.time.ZoneId;

import org.cjengage.core.db.EmbeddedDatabaseAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Everything engagement-core offers, for any Spring Boot application that has it on the class path:
 * services, repositories, the standards catalogue and the schema migrations (classpath:db/cjengage, history table
 * cjengage_schema_history, run by {@link org.cjengage.core.db.SchemaMigration}).
 */
@AutoConfiguration(after = EmbeddedDatabaseAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ComponentScan(basePackages = "org.cjengage.core",
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = AutoConfiguration.class))
@EnableJdbcRepositories(basePackages = "org.cjengage.core")
@ConfigurationPropertiesScan("org.cjengage.core")
public class EngagementCoreAutoConfiguration {

    /** Scotland's time zone: "today" everywhere in the application is today in Europe/London. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /**
     * The one clock behind "today" (plan RAG, current plan, review due, reporting year). Services take it
     * by injection; tests replace it with a fixed clock.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock cjengageClock() {
        return Clock.system(ZONE);
    }
}
