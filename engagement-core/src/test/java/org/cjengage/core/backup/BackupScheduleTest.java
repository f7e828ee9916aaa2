package org.cjengage.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.cjengage.core.common.JobLock;
import org.cjengage.core.db.EmbeddedDatabaseProperties;
import org.cjengage.core.db.EmbeddedMariaDb;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduled backup: off by default, a cron expression in the application's time zone, once per time on several nodes. */
@SpringBootTest(classes = CoreTestApplication.class)
class BackupScheduleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T07:12:30Z"), ZoneId.of("Europe/London"));

    @Autowired EmbeddedDatabaseProperties shared;
    @Autowired BackupSchedule applicationSchedule;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @Test
    void theScheduleIsOffUnlessConfigured() {
        assertThat(applicationSchedule.isRunning()).isFalse();
        assertThat(applicationSchedule.next()).isEmpty();
    }

    @Test
    void aScheduledBackupRunsOnOneOfTwoNodesAtItsTime() {
        EmbeddedMariaDb.startOrGet(shared).ensureDatabase("cj_backup_schedule", true);
        BackupProperties properties = new BackupProperties(dir, "0 30 2 * * *", 5);
        BackupService backups = new BackupService(new EmbeddedDatabaseProperties(shared.dataDir(), shared.baseDir(), 0,
                "cj_backup_schedule", false), Optional.empty(), properties, CLOCK);
        BackupSchedule nodeOne = new BackupSchedule(backups, properties, new JobLock(jdbc), CLOCK);
        BackupSchedule nodeTwo = new BackupSchedule(backups, properties, new JobLock(jdbc), CLOCK);
        jdbc.sql("DELETE FROM job_lock WHERE name = 'backup'").update();

        assertThat(nodeOne.next()).hasValue(Instant.parse("2026-12-07T02:30:00Z"));
        assertThat(nodeOne.runScheduled()).isTrue();
        assertThat(nodeTwo.runScheduled()).isFalse();
        assertThat(backups.backups()).hasSize(1);
        jdbc.sql("DELETE FROM job_lock WHERE name = 'backup'").update();
    }

    @Test
    void aScheduleThatIsNotACronExpressionStopsTheStartWithAMessage() {
        BackupProperties daily = new BackupProperties(dir, "daily at 2", 5);
        assertThatThrownBy(() -> new BackupSchedule(null, daily, null, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cjengage.backup.schedule");
        assertThatThrownBy(() -> new BackupProperties(dir, "", 0)).hasMessageContaining("cjengage.backup.keep");
    }
}
