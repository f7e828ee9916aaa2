package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.cjengage.coretest.CoreTestApplication;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Each feature numbers its migrations in its own range, so an existing database meets migrations numbered
 * below ones it already ran (V0201 and V0203 after V0600). Simulated on a separate schema of the shared test server: a
 * database migrated without V0201, holding approved assessments, is then migrated with all scripts.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class MigrationRangesTest {

    private static final String TOTALS_SCRIPT = "V0201__assessment_standard_totals.sql";
    private static final String ACTIVITY_TOTALS_SCRIPT = "V0203__activity_standard_totals.sql";
    /** Backfills from V0203's table, so a database that never ran V0203 never ran it either (issue 16). */
    private static final String TALLIES_SCRIPT = "V0502__activity_tallies.sql";

    @Autowired EmbeddedDatabaseProperties properties;
    @Autowired List<FlywayConfigurationCustomizer> customizers;

    @Test
    void aLaterMigrationInAnEarlierRangeIsAppliedToAnExistingDatabaseAndBackfillsTheStandardTotals(
            @TempDir Path before) throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrGet(properties);
        server.ensureDatabase("cj_migration_ranges", true);
        try (SingleConnectionDataSource db = new SingleConnectionDataSource(
                server.jdbcUrl("cj_migration_ranges"), server.username(), server.password(), true)) {
            copyMigrationsExcept(List.of(TOTALS_SCRIPT, ACTIVITY_TOTALS_SCRIPT, TALLIES_SCRIPT), before);
            Flyway.configure().dataSource(db).locations("filesystem:" + before).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update("INSERT INTO partnership (id, code, name) VALUES (20, 'mr', 'Migration ranges')");
            jdbc.update("INSERT INTO app_user (id, username, display_name) VALUES (31, 'a1', 'A1'), (32, 'a2', 'A2')");
            jdbc.update("INSERT INTO action_plan (id, partnership_id, title, period_start, period_end)"
                    + " VALUES (40, 20, 'Plan', '2026-01-01', '2026-12-31')");
            jdbc.update("INSERT INTO engagement_activity (id, plan_id, partnership_id, description, level_code, status)"
                    + " VALUES (10, 40, 20, 'Forum', 'ENGAGE', 'NOT_STARTED')");
            assessment(jdbc, 1, "APPROVED");
            score(jdbc, 1, "1", "1a", 5, false);
            score(jdbc, 1, "1", "1b", 2, false);
            score(jdbc, 1, "1", "1c", null, true);
            score(jdbc, 1, "2", "2a", 4, false);
            score(jdbc, 1, "3", "3a", null, false);
            assessment(jdbc, 2, "SUBMITTED");
            score(jdbc, 2, "1", "1a", 1, false);

            assertThatThrownBy(() -> Flyway.configure().dataSource(db).locations("classpath:db/migration").load()
                    .migrate()).as("Flyway's default refuses the earlier-numbered migration")
                    .isInstanceOf(FlywayValidateException.class);
            FluentConfiguration ours = Flyway.configure().dataSource(db).locations("classpath:db/migration");
            customizers.forEach(c -> c.customize(ours));
            ours.load().migrate();

            assertThat(jdbc.queryForList("SELECT script FROM flyway_schema_history WHERE success AND script IN (?, ?)",
                    String.class, TOTALS_SCRIPT, ACTIVITY_TOTALS_SCRIPT)).hasSize(2);
            assertThat(jdbc.query("SELECT assessment_id, element_code, score_sum, scored_count"
                    + " FROM assessment_standard_total ORDER BY assessment_id, element_code", (rs, n) -> rs.getLong(1)
                    + "/" + rs.getString(2) + ": " + rs.getInt(3) + "/" + rs.getInt(4)))
                    .containsExactly("1/1: 7/2", "1/2: 4/1");
            assertThat(jdbc.query("SELECT activity_id, element_code, mean_sum, assessments FROM activity_standard_total"
                    + " ORDER BY element_code", (rs, n) -> rs.getLong(1) + "/" + rs.getString(2) + ": "
                    + rs.getDouble(3) + "/" + rs.getInt(4))).containsExactly("10/1: 3.5/1", "10/2: 4.0/1");
        }
    }

    private static void copyMigrationsExcept(List<String> left, Path to) throws IOException {
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            if (!left.contains(script.getFilename())) {
                try (InputStream in = script.getInputStream()) {
                    Files.copy(in, to.resolve(script.getFilename()));
                }
            }
        }
    }

    private static void assessment(JdbcTemplate jdbc, long id, String status) {
        jdbc.update("INSERT INTO assessment (id, activity_id, partnership_id, assessor_id, framework_id,"
                + " framework_version, stage, status) VALUES (?, 10, 20, ?, 'national-standards', '1', 'REVIEW', ?)",
                id, 30 + id, status);
    }

    private static void score(JdbcTemplate jdbc, long assessment, String element, String indicator, Integer value,
                              boolean notApplicable) {
        jdbc.update("INSERT INTO assessment_score (assessment_id, element_code, indicator_code, score_value,"
                + " not_applicable) VALUES (?, ?, ?, ?, ?)", assessment, element, indicator, value, notApplicable);
    }
}
