package org.cjengage.core.db;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link SchemaMigration} initialises the database, so everything Boot knows to depend on
 * database initialisation (JdbcTemplate, NamedParameterJdbcTemplate and through them the Spring Data JDBC
 * repositories, beans marked {@code @DependsOnDatabaseInitialization}) is created after the plugin's migrations.
 * Ordered after a host application's Flyway and Liquibase (order 1 and below), so the host's own migrations
 * meet an empty schema on a new database, and before SQL scripts ({@code spring.sql.init}), which may use the
 * plugin's tables. Registered in META-INF/spring.factories.
 */
public class SchemaMigrationDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaMigration.class);
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
