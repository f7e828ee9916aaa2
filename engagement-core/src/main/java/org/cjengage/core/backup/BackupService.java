package org.cjengage.core.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.cjengage.core.db.EmbeddedDatabaseProperties;
import org.cjengage.core.db.EmbeddedMariaDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the application's database to a dated, compressed SQL file and restores one (docs/operations.md).
 * Uses the MariaDB client programs unpacked with the embedded server: {@code mariadb-dump --single-transaction}
 * (a consistent snapshot while the application keeps writing) and {@code mariadb}. Works on the embedded
 * database (also while the application runs it: through its private socket) and on an external one
 * ({@code spring.datasource.url}).
 *
 * <p>An operations service for administrators of the machine, run from the command line ({@link DatabaseTool})
 * or by the schedule ({@link BackupSchedule}); no user of the application can reach it, so it has no
 * AccessGuard check.
 */
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    static final Pattern BACKUP_FILE = Pattern.compile("cjengage-\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.sql\\.gz");
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final String DUMP_COMPLETED = "-- Dump completed";

    private final EmbeddedDatabaseProperties embedded;
    private final Optional<MariaDbTarget> external;
    private final BackupProperties properties;
    private final Clock clock;

    /**
     * @param external the external database ({@code spring.datasource.url}, username, password); empty for the
     *                 embedded one
     */
    public BackupService(EmbeddedDatabaseProperties embedded, Optional<ExternalDatabase> external,
                         BackupProperties properties, Clock clock) {
        this.embedded = embedded;
        this.external = external.map(e -> MariaDbTarget.external(e.url(), e.username(), e.password()));
        this.properties = properties;
        this.clock = clock;
    }

    /** An external MariaDB as configured by {@code spring.datasource.*}. */
    public record ExternalDatabase(String url, String username, String password) {
    }

    /**
     * Writes a backup of the database to {@code <directory>/cjengage-<date>T<time>.sql.gz} (0600, directory 0700),
     * then deletes the oldest backup files beyond {@code keep}. Returns the new file.
     */
    public Path backup() {
        Path directory = properties.directory().toAbsolutePath().normalize();
        privateDirectory(directory);
        Path file = directory.resolve("cjengage-" + LocalDateTime.now(clock).format(STAMP) + ".sql.gz");
        if (Files.exists(file)) {
            throw new IllegalStateException("A backup of this second exists already: " + file);
        }
        Path partial = directory.resolve("." + file.getFileName() + ".partial");
        MariaDbTarget target = external.orElseGet(() -> MariaDbTarget.embedded(
                EmbeddedMariaDb.attachOrStart(embedded), embedded.database()));
        try {
            createPrivateFile(partial);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                clients().dump(target, out);
            }
            if (!endsWithCompletedDump(partial)) {
                throw new IllegalStateException("mariadb-dump ended without completing the backup of " + target);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + file, e);
        } finally {
            deleteQuietly(partial);
        }
        LOG.info("Backed up {} to {}", target, file);
        prune(directory);
        return file;
    }

    /**
     * Restores a backup file: into the embedded database when its data directory is empty or missing (a new
     * server is installed there), or into the external database when its schema has no tables. Refuses
     * anything else, so a restore never mixes with or overwrites existing data.
     */
    public void restore(Path file) {
        checkComplete(file);
        MariaDbTarget target;
        if (external.isPresent()) {
            target = external.get();
            requireNoTables(target);
        } else {
            Path dataDir = embedded.dataDir().toAbsolutePath().normalize();
            if (!isEmptyDirectory(dataDir)) {
                throw new IllegalStateException("Refusing to restore into " + dataDir + ": the data directory is not"
                        + " empty. Restore into a new, empty directory (--cjengage.database.embedded.data-dir=...)");
            }
            EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(embedded);
            server.ensureDatabase(embedded.database(), false);
            target = MariaDbTarget.embedded(server, embedded.database());
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            clients().load(target, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + file, e);
        }
        LOG.info("Restored {} into {}", file, target);
    }

    /** The backup files in the directory, newest first. */
    public List<Path> backups() {
        Path directory = properties.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> BACKUP_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + directory, e);
        }
    }

    private void prune(Path directory) {
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(properties.keep(), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                LOG.info("Deleted the old backup {} (keeping the last {})", old, properties.keep());
            } catch (IOException e) {
                LOG.warn("Cannot delete the old backup {} in {}", old, directory, e);
            }
        }
    }

    private MariaDbClients clients() {
        EmbeddedMariaDb.ClientPrograms programs = EmbeddedMariaDb.clientPrograms(embedded);
        return new MariaDbClients(programs.binDir(), programs.libDir());
    }

    private static void checkComplete(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No backup file " + file);
        }
        if (!endsWithCompletedDump(file)) {
            throw new IllegalArgumentException(file + " is not a complete CJ Engage backup (a gzip-compressed"
                    + " mariadb-dump ending with \"" + DUMP_COMPLETED + "\")");
        }
    }

    /** True when the file is gzip whose text ends with mariadb-dump's closing line (it writes it only on success). */
    private static boolean endsWithCompletedDump(Path file) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            byte[] tail = new byte[512];
            int filled = 0;
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read >= tail.length) {
                    System.arraycopy(buffer, read - tail.length, tail, 0, tail.length);
                    filled = tail.length;
                } else {
                    int keep = Math.min(filled, tail.length - read);
                    System.arraycopy(tail, filled - keep, tail, 0, keep);
                    System.arraycopy(buffer, 0, tail, keep, read);
                    filled = keep + read;
                }
            }
            return new String(tail, 0, filled, StandardCharsets.UTF_8).contains(DUMP_COMPLETED);
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireNoTables(MariaDbTarget target) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
            s.setString(1, target.database());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("Refusing to restore into " + target + ": it has tables."
                            + " Restore into an empty database");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    private static void privateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            if (POSIX) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup directory " + dir, e);
        }
    }

    private static void createPrivateFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }
}
