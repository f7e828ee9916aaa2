package org.cjengage.core.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB on a background thread as soon as the configuration is known, so that unpacking
 * and starting the server (seconds) overlaps with building the Spring context instead of following it. The
 * DataSource of {@link EmbeddedDatabaseAutoConfiguration} then finds the server running or waits for it (one
 * server per data directory, {@link EmbeddedMariaDb#startOrGet}). If the early start fails, nothing is hidden:
 * the DataSource starts the server again and reports the failure as before. Only for web applications (the
 * backup and restore tool, which runs without a web server, decides itself whether to attach to a running
 * server or start one); off when {@code spring.datasource.url} is set or
 * {@code cjengage.database.embedded.early-start=false}. Registered in
 * META-INF/spring.factories (2026-12-06, docs/benchmarks.md "Start-up").
 */
public class EarlyEmbeddedDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyEmbeddedDatabaseStart.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE
                || environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("cjengage.database.embedded.early-start", Boolean.class, true)) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bind("cjengage.database.embedded", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, null, null, null, false));
        Thread starter = new Thread(() -> {
            try {
                EmbeddedMariaDb.startOrGet(properties);
            } catch (RuntimeException e) {
                LOG.debug("Early start of the embedded MariaDB failed; the DataSource will try again", e);
            }
        }, "embedded-mariadb-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** After the configuration files have been read into the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
