package org.cjengage.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the embedded MariaDB keeps its files. The data directory holds the database and the application's
 * credentials ({@value #CLIENT_OPTIONS}); a private run directory beside it ({@code <data-dir>-run}) holds the
 * socket, the pid file, the owner file and, only while the server starts, the init file. Both are readable by
 * the application's OS user only (0700, files 0600).
 */
record EmbeddedLayout(Path dataDir, Path baseDir, Path runDir) {

    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final String CLIENT_OPTIONS = "cjengage-client.cnf";
    static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    /** sun_path holds 108 bytes with the terminating NUL. */
    private static final int MAX_SOCKET_PATH = 107;

    static EmbeddedLayout of(EmbeddedDatabaseProperties properties) {
        Path data = properties.dataDir().toAbsolutePath().normalize();
        Path base = properties.baseDir().toAbsolutePath().normalize();
        return new EmbeddedLayout(data, base, data.resolveSibling(data.getFileName() + "-run"));
    }

    Path socket() {
        return runDir.resolve("mariadb.sock");
    }

    Path pidFile() {
        return runDir.resolve("mariadbd.pid");
    }

    /** The JVM that runs the server: its pid and start time, so that a later start can tell live from stale. */
    Path ownerFile() {
        return runDir.resolve("owner");
    }

    Path initFile() {
        return runDir.resolve("init.sql");
    }

    Path clientOptions() {
        return dataDir.resolve(CLIENT_OPTIONS);
    }

    Path binary(String name) {
        return baseDir.resolve("bin").resolve(name);
    }

    Path libraries() {
        return baseDir.resolve("libs");
    }

    Path tmpDir() {
        return baseDir.resolve("tmp");
    }

    /** Creates the run and tmp directories (0700) and checks the socket path fits a Unix socket address. */
    void prepareRunDirectories() {
        if (socket().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new IllegalStateException("The embedded MariaDB's socket path " + socket() + " is longer than "
                    + MAX_SOCKET_PATH + " bytes; choose a shorter cjengage.database.embedded.data-dir");
        }
        privateDirectory(runDir);
        privateDirectory(tmpDir());
    }

    static void privateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            restrict(dir, PRIVATE_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the private directory " + dir, e);
        }
    }

    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** Writes a file readable by the owner only: created 0600 before any byte is written. */
    static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        }
        Files.writeString(file, content);
    }
}
