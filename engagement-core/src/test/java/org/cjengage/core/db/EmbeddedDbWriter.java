package org.cjengage.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedMariaDbRestartTest}: starts the embedded server of a data directory
 * and writes one row. Mode {@code exit} then exits normally; mode {@code hold} prints {@value #WRITTEN} and
 * waits (on standard input) until the test kills the JVM.
 */
public final class EmbeddedDbWriter {

    static final String WRITTEN = "row written";

    private EmbeddedDbWriter() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            write(args);
            if (args.length > 3 && args[3].equals("hold")) {
                System.out.println(WRITTEN);
                System.out.flush();
                while (System.in.read() >= 0) {
                    // held until killed
                }
            }
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private static void write(String[] args) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(Path.of(args[0]), Path.of(args[1]), 0,
                "restarttest", false);
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties);
        server.ensureDatabase("restarttest", false);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("restarttest"), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES (" + Integer.parseInt(args[2]) + ", 'kept across restarts')");
        }
    }
}
