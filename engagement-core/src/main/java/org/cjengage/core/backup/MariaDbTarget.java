package org.cjengage.core.backup;

import java.net.URI;
import java.nio.file.Path;

import org.cjengage.core.db.EmbeddedMariaDb;

/**
 * Where a backup is read from or restored to, as the MariaDB client programs need it: the embedded server
 * through its private socket, or an external server through TCP.
 */
record MariaDbTarget(String host, int port, Path socket, String database, String user, String password, boolean tls) {

    static MariaDbTarget embedded(EmbeddedMariaDb server, String database) {
        return new MariaDbTarget(null, 0, server.socket(), database, server.username(), server.password(), false);
    }

    /** From a {@code jdbc:mariadb://host[:port]/database[?options]} URL; TLS unless the URL turns it off or does not ask for it. */
    static MariaDbTarget external(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:mariadb://") && !jdbcUrl.startsWith("jdbc:mysql://")) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        if (uri.getHost() == null || uri.getHost().contains(",")) {
            throw new IllegalArgumentException("Give one host in the JDBC URL for a backup or restore: " + jdbcUrl);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("The JDBC URL names no database: " + jdbcUrl);
        }
        String query = uri.getQuery() == null ? "" : uri.getQuery().toLowerCase(java.util.Locale.ROOT);
        boolean tls = query.contains("sslmode=") && !query.contains("sslmode=disable");
        return new MariaDbTarget(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 3306, null, database,
                user == null ? "" : user, password == null ? "" : password, tls);
    }

    boolean isEmbedded() {
        return socket != null;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded MariaDB (" + socket + ") database " + database
                : "MariaDB at " + host + ":" + port + " database " + database;
    }
}
