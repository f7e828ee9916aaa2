package org.cjengage.core.db;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The plugin's schema migration ({@link SchemaMigration}) and the post-processor that makes database users
 * wait for it (Spring Boot's own, registered once however many configurations import it).
 */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class DatabaseConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SchemaMigration cjengageSchemaMigration(DataSource dataSource) {
        return new SchemaMigration(dataSource);
    }
}
