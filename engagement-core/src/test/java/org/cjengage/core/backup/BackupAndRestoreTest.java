package org.cjengage.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.cjengage.core.db.EmbeddedDatabaseProperties;
import org.cjengage.core.db.EmbeddedMariaDb;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Backups of a database that keeps being written, restored into a new data directory; and the move from the
 * embedded database to another MariaDB server (issue 18). The backups are taken from the test run's shared
 * server; one more server (a new, empty data directory) receives the restores.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupAndRestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T07:12:30Z"), ZoneId.of("Europe/London"));
    private static final int LINES = 3;

    @TempDir static Path second;
    @TempDir Path backups;

    @Autowired EmbeddedDatabaseProperties shared;
    @Autowired TestData testData;

    @AfterAll
    static void stopSecondServer() {
        EmbeddedMariaDb.stop(second.resolve("data"));
    }

    @Test
    @Order(1)
    void aBackupTakenWhileOrdersAreWrittenRestoresEveryOrderCommittedBeforeItsSnapshotWithAllItsLines() throws Exception {
        // Given a database where a writer keeps committing orders of three lines each
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(shared);
        server.ensureDatabase("cj_backup_writes", true);
        try (Connection c = connect(server, "cj_backup_writes"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, placed TIMESTAMP(6) NOT NULL) ENGINE = InnoDB");
            s.execute("CREATE TABLE order_line (order_id BIGINT NOT NULL, line INT NOT NULL, text VARCHAR(40) NOT NULL,"
                    + " PRIMARY KEY (order_id, line)) ENGINE = InnoDB");
        }
        AtomicLong committed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch writing = new CountDownLatch(50);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<?> writer = thread.submit(() -> writeOrders(server, committed, stop, writing));
        thread.shutdown();
        assertThat(writing.await(120, TimeUnit.SECONDS)).as("the writer is committing orders").isTrue();

        // When a backup is taken while it writes
        long before = committed.get();
        Path file = service(shared.dataDir(), "cj_backup_writes", backups, 3).backup();
        long after = committed.get();
        stop.set(true);
        writer.get(60, TimeUnit.SECONDS);
        assertThat(after).as("orders were committed while the backup ran").isGreaterThan(before);

        // Then the dated file is private
        assertThat(file.getFileName().toString()).isEqualTo("cjengage-2026-12-06T071230.sql.gz");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        // When it is restored into a new, empty data directory
        EmbeddedDatabaseProperties fresh = new EmbeddedDatabaseProperties(second.resolve("data"), shared.baseDir(), 0,
                "cj_backup_writes", false);
        service(fresh.dataDir(), "cj_backup_writes", backups, 3).restore(file);

        // Then it holds every order committed before the backup started, each with all its lines, and the
        // orders form an unbroken run from 1 (a snapshot: no order without an earlier one)
        EmbeddedMariaDb restored = EmbeddedMariaDb.startOrGet(fresh);
        try (SingleConnectionDataSource db = new SingleConnectionDataSource(restored.jdbcUrl("cj_backup_writes"),
                restored.username(), restored.password(), true)) {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long orders = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Long.class);
            assertThat(orders).isBetween(before, after);
            assertThat(jdbc.queryForObject("SELECT MAX(id) FROM orders", Long.class)).isEqualTo(orders);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line", Long.class)).isEqualTo(orders * LINES);
            assertThat(jdbc.queryForList("SELECT o.id FROM orders o LEFT JOIN order_line l ON l.order_id = o.id"
                    + " GROUP BY o.id HAVING COUNT(l.line) <> " + LINES, Long.class)).isEmpty();
        }
    }

    @Test
    @Order(2)
    void theApplicationsDataMovedFromTheEmbeddedDatabaseToAnotherServerIsSeenByTheApplicationStartedThere()
            throws Exception {
        // Given the application's embedded database with a partnership, its plan and a national viewer
        Partnership partnership = testData.partnership();
        ActionPlan plan = testData.plan(partnership.id());
        EngagementPrincipal viewer = testData.user(Role.NATIONAL_VIEWER, null);
        Path file = service(shared.dataDir(), shared.database(), backups, 3).backup();

        // When the backup is loaded into an empty database on another MariaDB server
        EmbeddedMariaDb other = EmbeddedMariaDb.startOrGet(new EmbeddedDatabaseProperties(second.resolve("data"),
                shared.baseDir(), 0, "cj_moved", false));
        other.ensureDatabase("cj_moved", false);
        String url = other.jdbcUrl("cj_moved");
        new BackupService(shared, Optional.of(new BackupService.ExternalDatabase(url, other.username(), other.password())),
                new BackupProperties(backups, "", 3), CLOCK).restore(file);

        // Then the application started on that server (migrations already applied) sees the data
        try (ConfigurableApplicationContext moved = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + other.username(),
                        "--spring.datasource.password=" + other.password(), "--spring.main.banner-mode=off")) {
            PlanService plans = moved.getBean(PlanService.class);
            List<ActionPlan> seen = AsUser.call(viewer, () -> plans.plansOf(partnership.id()));
            assertThat(seen).extracting(ActionPlan::title).containsExactly(plan.title());
            assertThat(new JdbcTemplate(moved.getBean(javax.sql.DataSource.class))
                    .queryForObject("SELECT DATABASE()", String.class)).isEqualTo("cj_moved");
        }
    }

    @Test
    @Order(3)
    void aRestoreIntoADataDirectoryThatHoldsFilesOrFromAnIncompleteFileIsRefused() throws IOException {
        Path occupied = backups.resolve("occupied");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("ibdata1"), "existing data");
        Path complete = backups.resolve("complete.sql.gz");
        gzip(complete, "CREATE TABLE t (id INT PRIMARY KEY);\n-- Dump completed on 2026-12-06  7:12:30\n");
        Path truncated = backups.resolve("truncated.sql.gz");
        gzip(truncated, "CREATE TABLE t (id INT PRIMARY KEY);\nINSERT INTO t VALUES (1),");

        assertThatThrownBy(() -> service(occupied, "cjengage", backups, 3).restore(complete))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
        assertThatThrownBy(() -> service(backups.resolve("empty"), "cjengage", backups, 3).restore(truncated))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a complete");
        assertThat(Files.readString(occupied.resolve("ibdata1"))).isEqualTo("existing data");
        assertThat(backups.resolve("empty")).doesNotExist();
    }

    @Test
    @Order(4)
    void backupsBeyondTheNumberToKeepAreDeletedOldestFirst() throws IOException {
        EmbeddedMariaDb.startOrGet(shared).ensureDatabase("cj_backup_keep", true);
        List<String> made = new java.util.ArrayList<>();
        for (int second = 0; second < 3; second++) {
            Clock at = Clock.fixed(Instant.parse("2026-12-06T02:30:0" + second + "Z"), ZoneId.of("Europe/London"));
            made.add(new BackupService(new EmbeddedDatabaseProperties(shared.dataDir(), shared.baseDir(), 0,
                    "cj_backup_keep", false), Optional.empty(), new BackupProperties(backups, "", 2), at)
                    .backup().getFileName().toString());
        }
        Files.writeString(backups.resolve("notes.txt"), "not a backup");

        assertThat(service(shared.dataDir(), "cj_backup_keep", backups, 2).backups())
                .extracting(p -> p.getFileName().toString()).containsExactly(made.get(2), made.get(1));
        assertThat(backups.resolve("notes.txt")).exists();
    }

    private BackupService service(Path dataDir, String database, Path directory, int keep) {
        return new BackupService(new EmbeddedDatabaseProperties(dataDir, shared.baseDir(), 0, database, false),
                Optional.empty(), new BackupProperties(directory, "", keep), CLOCK);
    }

    private static void writeOrders(EmbeddedMariaDb server, AtomicLong committed, AtomicBoolean stop,
                                    CountDownLatch writing) {
        try (Connection c = connect(server, "cj_backup_writes");
             PreparedStatement order = c.prepareStatement("INSERT INTO orders VALUES (?, NOW(6))");
             PreparedStatement line = c.prepareStatement("INSERT INTO order_line VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (long id = 1; !stop.get(); id++) {
                order.setLong(1, id);
                order.executeUpdate();
                for (int n = 1; n <= LINES; n++) {
                    line.setLong(1, id);
                    line.setInt(2, n);
                    line.setString(3, "order " + id + " line " + n);
                    line.executeUpdate();
                }
                c.commit();
                committed.set(id);
                writing.countDown();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(EmbeddedMariaDb server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
