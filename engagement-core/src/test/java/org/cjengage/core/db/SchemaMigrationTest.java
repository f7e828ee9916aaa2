package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.coretest.CoreTestApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The plugin's own migrations (classpath:db/cjengage, history cjengage_schema_history) on a new database, and the
 * upgrade of a database migrated by the pre-0.1 scheme (V0001-V0901 in flyway_schema_history). Each case on a
 * database of its own on the shared test server.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class SchemaMigrationTest {

    @Autowired EmbeddedDatabaseProperties properties;

    @Test
    void aNewDatabaseGetsTheBaselineInThePluginsOwnHistoryTable() {
        // Given an empty database
        try (SingleConnectionDataSource db = database("cj_schema_new")) {
            // When the plugin migrates it
            new SchemaMigration(db).migrate();

            // Then V1 ran, recorded in the plugin's history; Flyway's default table was never created
            JdbcTemplate jdbc = new JdbcTemplate(db);
            // (then V2 and V3, the dashboards' read models, and V4, an index for the annual report)
            assertThat(jdbc.queryForList("SELECT CONCAT(script, ' ', success) FROM cjengage_schema_history"
                    + " ORDER BY installed_rank", String.class))
                    .containsExactly("V1__baseline.sql 1", "V2__activity_tallies.sql 1",
                            "V3__service_standing.sql 1", "V4__feedback_response_received_index.sql 1");
            assertThat(tables(jdbc)).doesNotContain("flyway_schema_history").contains("partnership", "membership",
                    "job_lock", "reminder_run");
            // And running it again changes nothing
            new SchemaMigration(db).migrate();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cjengage_schema_history", Integer.class)).isEqualTo(4);
        }
    }

    @Test
    void theBaselineMakesExactlyTheSchemaTheLegacyMigrationsMade() {
        // Given one database migrated by the legacy scripts at their old numbers and one by the new baseline
        try (SingleConnectionDataSource legacy = database("cj_schema_compare_legacy");
             SingleConnectionDataSource current = database("cj_schema_compare_v1")) {
            Flyway.configure().dataSource(legacy).locations(SchemaMigration.LEGACY_LOCATION).load().migrate();
            // the baseline alone (later migrations, e.g. V2, change the schema after it)
            Flyway.configure().dataSource(current).locations(SchemaMigration.LOCATION)
                    .table(SchemaMigration.HISTORY_TABLE).target("1").load().migrate();

            // Then columns, keys, indexes, foreign keys and checks are the same, table by table
            for (String query : SchemaDescription.QUERIES) {
                assertThat(SchemaDescription.rows(new JdbcTemplate(current), query)).as(query)
                        .isNotEmpty().containsExactlyElementsOf(SchemaDescription.rows(new JdbcTemplate(legacy), query));
            }
        }
    }

    @Test
    void aDatabaseOfTheOldSchemeIsCompletedUpgradedAndKeepsItsDataAndThePluginStarts(@TempDir Path before)
            throws IOException {
        // Given a database that ran the old migrations except three (V0201 and V0203 backfill totals, V0901 adds a key)
        String name = "cj_schema_upgrade";
        try (SingleConnectionDataSource db = database(name)) {
            copyLegacyMigrationsExcept(List.of("V0201__assessment_standard_totals.sql",
                    "V0203__activity_standard_totals.sql", "V0901__membership_primary_key.sql"), before);
            Flyway.configure().dataSource(db).locations("filesystem:" + before).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update("INSERT INTO partnership (id, code, name) VALUES (20, 'OLDSCHEME', 'Old scheme partnership')");
            jdbc.update("INSERT INTO app_user (id, username, display_name) VALUES (31, 'old.lead', 'Old Lead'),"
                    + " (32, 'old.assessor', 'Old Assessor')");
            jdbc.update("INSERT INTO membership (app_user_id, partnership_id, role) VALUES (31, 20, 'STRATEGY_LEAD')");
            jdbc.update("INSERT INTO action_plan (id, partnership_id, title, period_start, period_end)"
                    + " VALUES (40, 20, 'Plan', '2026-01-01', '2026-12-31')");
            jdbc.update("INSERT INTO engagement_activity (id, plan_id, partnership_id, description, level_code, status)"
                    + " VALUES (10, 40, 20, 'Forum', 'ENGAGE', 'NOT_STARTED')");
            jdbc.update("INSERT INTO assessment (id, activity_id, partnership_id, assessor_id, framework_id,"
                    + " framework_version, stage, status) VALUES (1, 10, 20, 32, 'national-standards', '1', 'REVIEW', 'APPROVED')");
            jdbc.update("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value,"
                    + " not_applicable) VALUES (1, '1', '1a', 5, FALSE), (1, '1', '1b', 2, FALSE), (1, '2', '2a', 4, FALSE)");

            // When the plugin starts on it
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--cjengage.database.embedded.database=" + name, "--cjengage.demo-data.enabled=false")) {

                // Then its data is there, read through the plugin's repositories
                assertThat(context.getBean(PartnershipRepository.class).findById(20L).orElseThrow().name())
                        .isEqualTo("Old scheme partnership");
                assertThat(context.getBean(UserRepository.class).findByUsername("old.lead").orElseThrow().memberships())
                        .containsExactly(Membership.in(20, Role.STRATEGY_LEAD));
            }
            // And the old migrations were completed first (out of order, backfilling the approved assessment)
            assertThat(jdbc.queryForList("SELECT CONCAT(element_code, ':', score_sum, '/', scored_count)"
                    + " FROM assessment_standard_total WHERE assessment_id = 1 ORDER BY element_code", String.class))
                    .containsExactly("1:7/2", "2:4/1");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership WHERE id IS NOT NULL", Integer.class)).isEqualTo(1);
            // And the new history starts at a baseline of version 1; the old one is kept out of a host's way
            // (then V2 and V3, the dashboards' read models, and V4, an index for the annual report)
            assertThat(jdbc.queryForList("SELECT CONCAT(version, ' ', type, ' ', success) FROM cjengage_schema_history"
                    + " ORDER BY installed_rank", String.class)).first().isEqualTo("1 BASELINE 1");
            assertThat(tables(jdbc)).doesNotContain("flyway_schema_history").contains("cjengage_legacy_schema_history");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cjengage_legacy_schema_history WHERE success = 1",
                    Integer.class)).isEqualTo(SchemaMigration.legacyScripts().size());
        }
    }

    @Test
    void anOldSchemeDatabaseWhoseHistoryDoesNotMatchTheOldMigrationsIsRefusedWithAReasonAndLeftAsItWas() {
        // Given an old-scheme database whose history says V0100 had other contents than the script kept
        try (SingleConnectionDataSource db = database("cj_schema_refused")) {
            Flyway.configure().dataSource(db).locations(SchemaMigration.LEGACY_LOCATION).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update("UPDATE flyway_schema_history SET checksum = 12345 WHERE script = 'V0100__activity_voice_cycle_and_audit.sql'");

            // When the plugin migrates it, then it stops with what is wrong and what to do
            assertThatThrownBy(() -> new SchemaMigration(db).migrate())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CJ Engage's schema from before 0.1")
                    .hasMessageContaining("cannot be upgraded")
                    .hasMessageContaining("0100")
                    .hasMessageContaining("restore a backup");
            // And nothing was changed
            assertThat(tables(jdbc)).contains("flyway_schema_history").doesNotContain("cjengage_schema_history",
                    "cjengage_legacy_schema_history");
        }
    }

    private SingleConnectionDataSource database(String name) {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties);
        server.ensureDatabase(name, true);
        return new SingleConnectionDataSource(server.jdbcUrl(name), server.username(), server.password(), true);
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class);
    }

    private static void copyLegacyMigrationsExcept(List<String> left, Path to) throws IOException {
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/cjengage-legacy/*.sql")) {
            if (!left.contains(script.getFilename())) {
                try (InputStream in = script.getInputStream()) {
                    Files.copy(in, to.resolve(script.getFilename()));
                }
            }
        }
    }
}
