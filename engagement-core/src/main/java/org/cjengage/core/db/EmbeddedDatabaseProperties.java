package org.cjengage.core.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB that serves when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir        where the database files live; kept across restarts
 * @param baseDir        where the MariaDB binaries are unpacked
 * @param port           TCP port on 127.0.0.1; 0 picks a free one
 * @param database       schema name
 * @param recreateOnStart drop and create the schema at start-up (tests only)
 */
@ConfigurationProperties("cjengage.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, Path baseDir, Integer port, String database, boolean recreateOnStart) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data", "mariadb");
        baseDir = baseDir != null ? baseDir : dataDir.toAbsolutePath().getParent().resolve("mariadb-base");
        port = port != null ? port : 0;
        database = database != null && !database.isBlank() ? database : "cjengage";
    }
}
