package org.cjengage.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plugin's schema, migrated by a Flyway instance of its own: migrations in {@value #LOCATION}, numbered
 * V1, V2, ... in one sequence, history in {@value #HISTORY_TABLE}. It is deliberately not a {@link Flyway}
 * bean, so a host application's own Flyway (Spring Boot's auto-configuration, {@code classpath:db/migration},
 * {@code flyway_schema_history}) is neither replaced nor customised. Runs before anything that uses the
 * database ({@link SchemaMigrationDetector}), after the host's Flyway or Liquibase.
 *
 * <p>Databases migrated before 0.1 was re-baselined (2026-12-06, docs/decisions.md) have the plugin's
 * migrations V0001-V0901 in {@value #LEGACY_HISTORY_TABLE}. Such a database is first brought to the last of
 * them with the scripts kept in {@value #LEGACY_LOCATION} (out-of-order, as they ran then), then the new
 * history starts with a baseline at version 1 (V1 is exactly the schema they produce), and the old history
 * table is renamed to {@value #RETIRED_LEGACY_HISTORY_TABLE} when it holds nothing but those migrations.
 */
public class SchemaMigration implements InitializingBean {

    public static final String LOCATION = "classpath:db/cjengage";
    public static final String HISTORY_TABLE = "cjengage_schema_history";
    static final String LEGACY_LOCATION = "classpath:db/cjengage-legacy";
    static final String LEGACY_HISTORY_TABLE = "flyway_schema_history";
    static final String RETIRED_LEGACY_HISTORY_TABLE = "cjengage_legacy_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public SchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
        this.classLoader = SchemaMigration.class.getClassLoader();
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    /** Brings the plugin's tables up to date (upgrading a pre-0.1 history first); idempotent. */
    public void migrate() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (!tableExists(jdbc, HISTORY_TABLE) && tableExists(jdbc, LEGACY_HISTORY_TABLE)
                && holdsLegacyMigrations(jdbc)) {
            upgradeLegacyHistory(jdbc);
        }
        current().load().migrate();
    }

    /**
     * The current scheme. On a schema that already holds tables (a host application's, its Flyway history)
     * Flyway would refuse to start a new history; a baseline at version 0 records "nothing of ours yet"
     * and V1 onwards then run.
     */
    private FluentConfiguration current() {
        return Flyway.configure(classLoader).dataSource(dataSource)
                .locations(LOCATION).table(HISTORY_TABLE)
                .failOnMissingLocations(true).validateMigrationNaming(true)
                .baselineOnMigrate(true).baselineVersion("0")
                .baselineDescription("CJ Engage history starts (schema already held other tables)");
    }

    private void upgradeLegacyHistory(JdbcTemplate jdbc) {
        List<String> scripts = legacyScripts();
        LOG.info("Upgrading the CJ Engage schema from its pre-0.1 history ({}, {} migrations) to {}",
                LEGACY_HISTORY_TABLE, scripts.size(), HISTORY_TABLE);
        try {
            Flyway.configure(classLoader).dataSource(dataSource)
                    .locations(LEGACY_LOCATION).table(LEGACY_HISTORY_TABLE)
                    .outOfOrder(true)
                    // a host's own migrations may share that table: neither ours nor a reason to stop
                    .ignoreMigrationPatterns("*:missing", "*:future")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException(refusal("its legacy migrations could not be completed: " + e.getMessage()), e);
        }
        Set<String> applied = new TreeSet<>(jdbc.queryForList("SELECT script FROM " + LEGACY_HISTORY_TABLE
                + " WHERE success = 1", String.class));
        List<String> missing = scripts.stream().filter(s -> !applied.contains(s)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(refusal("these legacy migrations have not run: " + missing));
        }
        Flyway.configure(classLoader).dataSource(dataSource).locations(LOCATION).table(HISTORY_TABLE)
                .baselineVersion("1")
                .baselineDescription("CJ Engage 0.1 schema, upgraded from " + LEGACY_HISTORY_TABLE + " (V0001-V0901)")
                .load().baseline();
        Integer others = jdbc.queryForObject("SELECT COUNT(*) FROM " + LEGACY_HISTORY_TABLE + " WHERE script IS NULL OR script NOT IN ("
                + scripts.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")", Integer.class, scripts.toArray());
        if (Objects.requireNonNullElse(others, 0) == 0) {
            jdbc.execute("RENAME TABLE " + LEGACY_HISTORY_TABLE + " TO " + RETIRED_LEGACY_HISTORY_TABLE);
            LOG.info("The old history is kept as {}", RETIRED_LEGACY_HISTORY_TABLE);
        } else {
            LOG.warn("{} also holds {} migrations of the host application, so it stays where it is; the host's Flyway"
                    + " no longer finds CJ Engage's old migrations there: set spring.flyway.ignore-migration-patterns=*:missing",
                    LEGACY_HISTORY_TABLE, others);
        }
    }

    private static String refusal(String reason) {
        return "This database holds CJ Engage's schema from before 0.1 (history in " + LEGACY_HISTORY_TABLE
                + "), and it cannot be upgraded to the new history " + HISTORY_TABLE + " because " + reason
                + ". Nothing was changed by this step; restore a backup taken by the version that made it,"
                + " or see docs/operations.md (\"Upgrading\").";
    }

    private boolean holdsLegacyMigrations(JdbcTemplate jdbc) {
        List<String> scripts = legacyScripts();
        Integer ours = jdbc.queryForObject("SELECT COUNT(*) FROM " + LEGACY_HISTORY_TABLE + " WHERE script IN ("
                + scripts.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")", Integer.class, scripts.toArray());
        return Objects.requireNonNullElse(ours, 0) > 0;
    }

    private static boolean tableExists(JdbcTemplate jdbc, String table) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?", Integer.class, table);
        return Objects.requireNonNullElse(found, 0) > 0;
    }

    /** File names of the pre-0.1 migrations, V0001__foundation.sql ... V0901__membership_primary_key.sql. */
    static List<String> legacyScripts() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(SchemaMigration.class.getClassLoader())
                    .getResources(LEGACY_LOCATION.replace("classpath:", "classpath*:") + "/V*.sql");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
