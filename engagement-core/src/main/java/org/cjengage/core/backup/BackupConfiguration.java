package org.cjengage.core.backup;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.cjengage.core.db.EmbeddedDatabaseProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The backup service, in the application and in the command-line tool ({@link DatabaseTool}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BackupProperties.class, EmbeddedDatabaseProperties.class})
public class BackupConfiguration {

    @Bean
    BackupService backupService(EmbeddedDatabaseProperties embedded, BackupProperties properties, Environment environment,
                                ObjectProvider<Clock> clock) {
        String url = environment.getProperty("spring.datasource.url", "");
        Optional<BackupService.ExternalDatabase> external = url.isBlank() ? Optional.empty()
                : Optional.of(new BackupService.ExternalDatabase(url, environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password")));
        return new BackupService(embedded, external, properties,
                clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/London"))));
    }
}
