package org.cjengage.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

import org.cjengage.core.common.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Security housekeeping every 15 minutes (first a minute after start): deletes security events older than
 * {@code cjengage.security.event-retention} (default 400 days, see docs/security.md) and forgets login failures
 * whose window and lock have passed. It runs on a scheduler of its own rather than through
 * {@code @EnableScheduling}, so a host application's scheduling is neither switched on nor changed by the library.
 * With several application nodes on one database, each period's run happens on one node only ({@link JobLock}).
 */
@Component
public class SecurityHousekeeping implements SmartLifecycle {

    static final int BATCH = 10_000;
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);
    private static final Duration INTERVAL = Duration.ofMinutes(15);
    /** Held for a little less than the interval, so every node's next tick finds it free again. */
    private static final Duration HELD = INTERVAL.minusMinutes(1);
    static final String JOB = "security-housekeeping";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityHousekeeping.class);

    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final Duration retention;
    private final JobLock jobLock;
    private ThreadPoolTaskScheduler scheduler;

    public SecurityHousekeeping(SecurityEvents events, LoginThrottle throttle,
                                @Value("${cjengage.security.event-retention:P400D}") Duration retention, JobLock jobLock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("cjengage.security.event-retention must be positive, is " + retention);
        }
        this.events = events;
        this.throttle = throttle;
        this.retention = retention;
        this.jobLock = jobLock;
    }

    /** What the schedule runs: one round, unless another node already ran this period's; true if this node ran it. */
    public boolean runScheduled() {
        return jobLock.runOnce(JOB, HELD, HELD, this::run);
    }

    /** One round of housekeeping on this node. */
    public void run() {
        deleteExpiredEvents();
        inBatches(() -> throttle.forgetExpired(BATCH));
    }

    /** Deletes the security events older than the retention period; returns how many. */
    int deleteExpiredEvents() {
        Instant cutoff = Instant.now().minus(retention);
        int deleted = inBatches(() -> events.deleteBefore(cutoff, BATCH));
        if (deleted > 0) {
            LOG.info("Deleted {} security events from before {} (retention {})", deleted, cutoff, retention);
        }
        return deleted;
    }

    private static int inBatches(IntSupplier batch) {
        int total = 0;
        int deleted;
        do {
            deleted = batch.getAsInt();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("cjengage-security-housekeeping-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::runScheduled, Instant.now().plus(FIRST_RUN), INTERVAL);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdown();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
