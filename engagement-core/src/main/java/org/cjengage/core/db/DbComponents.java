package org.cjengage.core.db;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The plugin's schema migration ({@link SchemaMigration}), the post-processor that makes database users wait for
 * it (Spring Boot's own, registered once however many configurations import it), and the embedded database's
 * settings (the embedded server itself is {@link EmbeddedDatabaseAutoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseInitializationDependencyConfigurer.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class DbComponents {

    @Bean
    @ConditionalOnMissingBean
    SchemaMigration cjengageSchemaMigration(DataSource dataSource) {
        return new SchemaMigration(dataSource);
    }
}
