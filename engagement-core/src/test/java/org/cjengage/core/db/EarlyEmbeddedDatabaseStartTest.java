package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded MariaDB started early for a web application is stopped when that application fails to start, so the
 * JVM can exit (its watched server process would otherwise keep it running, with the database started); a server
 * this JVM already ran before is not this listener's to stop.
 */
class EarlyEmbeddedDatabaseStartTest {

    @TempDir
    Path dir;

    @Test
    void aFailedStartStopsTheServerStartedEarlyForIt() throws Exception {
        Path data = dir.resolve("data");
        SpringApplication application = webApplication();
        EarlyEmbeddedDatabaseStart listener = new EarlyEmbeddedDatabaseStart();

        // Given a web application whose configuration names a data directory: its server is started early
        listener.onApplicationEvent(prepared(application, data));
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties(data));
        long pid = serverPid(data);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).hasValue(true);

        // When the application fails to start
        listener.onApplicationEvent(new ApplicationFailedEvent(application, new String[0], null,
                new IllegalStateException("a bean could not be created")));

        // Then the server is stopped and no longer this JVM's
        assertThat(EmbeddedMariaDb.runsInThisJvm(data)).isFalse();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(server.port()).isPositive();
    }

    @Test
    void aFailedStartLeavesAServerThatWasAlreadyRunningInThisJvm() throws Exception {
        Path data = dir.resolve("shared");
        EmbeddedMariaDb.startOrGet(properties(data));
        try {
            SpringApplication application = webApplication();
            EarlyEmbeddedDatabaseStart listener = new EarlyEmbeddedDatabaseStart();

            // Given a server already running for the data directory, and an application context that names it
            listener.onApplicationEvent(prepared(application, data));

            // When that application fails to start
            listener.onApplicationEvent(new ApplicationFailedEvent(application, new String[0], null,
                    new IllegalStateException("a bean could not be created")));

            // Then the server keeps running for the others
            assertThat(EmbeddedMariaDb.runsInThisJvm(data)).isTrue();
            assertThat(ProcessHandle.of(serverPid(data)).map(ProcessHandle::isAlive)).hasValue(true);
        } finally {
            EmbeddedMariaDb.stop(data);
        }
    }

    private EmbeddedDatabaseProperties properties(Path data) {
        return new EmbeddedDatabaseProperties(data, dir.resolve("base"), 0, "earlystart", false);
    }

    private static SpringApplication webApplication() {
        SpringApplication application = new SpringApplication(Object.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        return application;
    }

    private ApplicationEnvironmentPreparedEvent prepared(SpringApplication application, Path data) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "cjengage.database.embedded.data-dir", data.toString(),
                "cjengage.database.embedded.base-dir", dir.resolve("base").toString())));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application, new String[0],
                environment);
    }

    private static long serverPid(Path data) throws Exception {
        return Long.parseLong(Files.readString(data.resolveSibling(data.getFileName() + "-run").resolve("mariadbd.pid")).strip());
    }
}
