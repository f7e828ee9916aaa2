package org.cjengage.core.db;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
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
 *
 * <p>If the application then fails to start, the server this listener started is stopped (2026-12-07): nothing
 * else would stop it (its exit hook runs only when the JVM exits, and the JVM does not exit while the server's
 * process is watched), so a failed start would otherwise hang with the database running. A server that was already
 * running in this JVM before (another application context on the same data directory, as in tests) is left alone.
 */
public class EarlyEmbeddedDatabaseStart implements SmartApplicationListener {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyEmbeddedDatabaseStart.class);
    /** How long a failed start waits for the early start to finish before stopping its server. */
    private static final long STARTING_WAIT_SECONDS = 120;

    /** The data directory of the server this listener started for its application, and the thread starting it. */
    private volatile Path startedDataDir;
    private volatile Thread starter;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared);
        } else if (event instanceof ApplicationFailedEvent) {
            stopAfterFailedStart();
        }
    }

    private void start(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE
                || environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("cjengage.database.embedded.early-start", Boolean.class, true)) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bind("cjengage.database.embedded", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, null, null, null, false));
        Path dataDir = EmbeddedLayout.of(properties).dataDir();
        if (EmbeddedMariaDb.runsInThisJvm(dataDir)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                EmbeddedMariaDb.startOrGet(properties);
            } catch (RuntimeException e) {
                LOG.debug("Early start of the embedded MariaDB failed; the DataSource will try again", e);
            }
        }, "embedded-mariadb-start");
        thread.setDaemon(true);
        startedDataDir = dataDir;
        starter = thread;
        thread.start();
    }

    /** The application failed to start: stops the server started for it (after its start has finished). */
    private void stopAfterFailedStart() {
        Path dataDir = startedDataDir;
        Thread thread = starter;
        if (dataDir == null) {
            return;
        }
        startedDataDir = null;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(STARTING_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (EmbeddedMariaDb.runsInThisJvm(dataDir)) {
            LOG.info("The application did not start: stopping the embedded MariaDB started for it ({})", dataDir);
            EmbeddedMariaDb.stop(dataDir);
        }
    }

    /** After the configuration files have been read into the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
