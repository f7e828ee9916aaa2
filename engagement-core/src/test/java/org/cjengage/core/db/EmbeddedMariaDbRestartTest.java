package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data on disk: a restart loses nothing. */
class EmbeddedMariaDbRestartTest {

    @TempDir
    Path dir;

    @Test
    void rowsWrittenBeforeAStopAreThereAfterTheServerStartsAgainOnTheSameDataDirectory() throws SQLException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dir.resolve("data"), dir.resolve("base"),
                0, "restarttest", false);

        EmbeddedMariaDb first = EmbeddedMariaDb.startOrGet(properties);
        first.ensureDatabase("restarttest", false);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("restarttest"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES (1, 'kept across restarts')");
        }
        EmbeddedMariaDb.stop(properties.dataDir());

        EmbeddedMariaDb second = EmbeddedMariaDb.startOrGet(properties);
        second.ensureDatabase("restarttest", false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("restarttest"), "root", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept across restarts");
        } finally {
            EmbeddedMariaDb.stop(properties.dataDir());
        }
        assertThat(second).isNotSameAs(first);
    }
}
