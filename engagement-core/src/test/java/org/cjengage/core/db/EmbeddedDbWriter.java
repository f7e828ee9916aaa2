package org.cjengage.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a separate JVM by {@link EmbeddedMariaDbRestartTest}: writes one row, then the JVM exits. */
public final class EmbeddedDbWriter {

    private EmbeddedDbWriter() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            write(args);
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
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("restarttest"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES (1, 'kept across restarts')");
        }
    }
}
