package org.cjengage.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The application's account on the embedded MariaDB: user {@value #USER} with a random password generated on
 * the first start, kept in the data directory in MariaDB's option-file format (0600), so that an administrator
 * can also use it: {@code mariadb --defaults-file=data/mariadb/cjengage-client.cnf -S data/mariadb-run/mariadb.sock}.
 */
record EmbeddedCredentials(String user, String password) {

    static final String USER = "cjengage";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the credentials file, or generates a password and writes it (0600) when there is none. */
    static EmbeddedCredentials loadOrCreate(Path file) {
        try {
            Optional<EmbeddedCredentials> existing = read(file);
            if (existing.isPresent()) {
                EmbeddedLayout.restrict(file, EmbeddedLayout.PRIVATE_FILE);
                return existing.get();
            }
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            EmbeddedCredentials created = new EmbeddedCredentials(USER,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            EmbeddedLayout.writePrivate(file, """
                    # CJ Engage: the application's account on its embedded MariaDB. Keep this file private (0600).
                    # Generated on the first start; the password is set on the server at every start.
                    [client]
                    user=%s
                    password=%s
                    """.formatted(created.user(), created.password()));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the embedded MariaDB credentials " + file, e);
        }
    }

    /** The credentials an existing file holds; empty when the file is missing or has no password. */
    static Optional<EmbeddedCredentials> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String user = USER;
        String password = null;
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("user=")) {
                user = trimmed.substring("user=".length());
            } else if (trimmed.startsWith("password=")) {
                password = trimmed.substring("password=".length());
            }
        }
        if (password == null || !password.matches("[A-Za-z0-9_-]{16,}") || !user.matches("[A-Za-z0-9_]+")) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddedCredentials(user, password));
    }

    /**
     * SQL the server runs from {@code --init-file} before it accepts connections: the application's account
     * (TCP from 127.0.0.1 and the socket) with the password from the file, and no anonymous accounts.
     */
    String initSql() {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(";\n");
        }
        sql.append("DELETE FROM mysql.global_priv WHERE User = '';\n");
        sql.append("DELETE FROM mysql.db WHERE User = '';\n");
        sql.append("FLUSH PRIVILEGES;\n");
        return sql.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[user=" + user + ", password=(hidden)]";
    }
}
