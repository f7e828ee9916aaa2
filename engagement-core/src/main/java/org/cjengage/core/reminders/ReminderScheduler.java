package org.cjengage.core.reminders;

import java.util.concurrent.ScheduledFuture;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts the weekly reminder run on its own single-thread scheduler (so a host application's scheduling is
 * left alone), and only when the job is active: mail configured and reminders not switched off.
 */
@Component
class ReminderScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderJob job;
    private final ReminderProperties properties;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> scheduled;

    ReminderScheduler(ReminderJob job, ReminderProperties properties) {
        this.job = job;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!job.active()) {
            LOG.info("Reminder e-mails are off (no SMTP server configured, or cjengage.reminders.enabled=false)");
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("cjengage-reminders-");
        scheduler.initialize();
        scheduled = scheduler.schedule(this::run, new CronTrigger(properties.cron(), EngagementCoreAutoConfiguration.ZONE));
        LOG.info("Reminder e-mails scheduled: {}", properties.cron());
    }

    private void run() {
        try {
            job.runWeekly();
        } catch (RuntimeException e) {
            LOG.warn("The reminder run failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
        scheduler = null;
        scheduled = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
