package org.cjengage.core.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.cjengage.core.common.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup: off unless {@code cjengage.backup.schedule} holds a cron expression. On several nodes
 * the backup runs on one of them per scheduled time ({@link JobLock}). Runs on a scheduler of its own, like
 * {@code SecurityHousekeeping}, so the host application's scheduling is not switched on by the library.
 */
@Component
public class BackupSchedule implements SmartLifecycle {

    static final String JOB = "backup";
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;
    private final BackupProperties properties;
    private final JobLock jobLock;
    private final Clock clock;
    private final CronExpression cron;
    private ThreadPoolTaskScheduler scheduler;

    public BackupSchedule(BackupService backups, BackupProperties properties, JobLock jobLock, Clock clock) {
        this.backups = backups;
        this.properties = properties;
        this.jobLock = jobLock;
        this.clock = clock;
        if (!properties.schedule().isEmpty() && !CronExpression.isValidExpression(properties.schedule())) {
            throw new IllegalArgumentException("cjengage.backup.schedule is not a cron expression (second minute hour"
                    + " day month weekday, e.g. \"0 30 2 * * *\"): " + properties.schedule());
        }
        this.cron = properties.schedule().isEmpty() ? null : CronExpression.parse(properties.schedule());
    }

    /** One scheduled backup, unless another node made this time's; true if this node made it. */
    public boolean runScheduled() {
        Duration held = held();
        return jobLock.runOnce(JOB, held, held.plusHours(1), () -> {
            try {
                backups.backup();
            } catch (RuntimeException e) {
                LOG.error("The scheduled backup failed (directory {})", properties.directory(), e);
            }
        });
    }

    /** Five minutes, or less for schedules more frequent than every ten minutes: covers nodes' clock skew. */
    private Duration held() {
        if (cron == null) {
            return Duration.ofMinutes(5);
        }
        ZonedDateTime first = cron.next(ZonedDateTime.now(clock));
        ZonedDateTime second = first == null ? null : cron.next(first);
        if (second == null) {
            return Duration.ofMinutes(5);
        }
        Duration half = Duration.between(first, second).dividedBy(2);
        return half.compareTo(Duration.ofMinutes(5)) < 0 ? half : Duration.ofMinutes(5);
    }

    @Override
    public synchronized void start() {
        if (cron == null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("cjengage-backup-");
        scheduler.setDaemon(true);
        scheduler.setClock(clock);
        scheduler.initialize();
        scheduler.schedule(this::runScheduled, new CronTrigger(properties.schedule(), clock.getZone()));
        LOG.info("Scheduled backups \"{}\" ({}) into {}, keeping the last {}", properties.schedule(), clock.getZone(),
                properties.directory(), properties.keep());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** The next scheduled time, if the schedule is on. */
    public java.util.Optional<Instant> next() {
        return cron == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(cron.next(ZonedDateTime.now(clock))).map(ZonedDateTime::toInstant);
    }
}
