package org.cjengage.core.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job once per period however many application nodes share the database: a node runs the
 * job only when it takes the job's row in {@code job_lock} (an atomic insert or update on the database's own
 * clock), and keeps the row for at least {@code atLeast} after it starts, so a node whose timer fires later in
 * the same period skips it. If a node dies mid-run, the row frees itself after {@code atMost}.
 *
 * <p>A lease row rather than MariaDB's {@code GET_LOCK}: a named lock only keeps two runs from overlapping
 * (a node whose timer fires a minute later would run the job again), and Galera does not replicate it
 * (docs/operations.md, 2026-12-06). The same rule as ShedLock's JDBC provider, which is not served here.
 */
@Component
public class JobLock {

    private static final Logger LOG = LoggerFactory.getLogger(JobLock.class);

    private final JdbcClient jdbc;
    private final String node;

    public JobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.node = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Runs {@code job} if no node ran it in the current period; returns whether this node ran it.
     *
     * @param name    the job's name (at most 64 characters)
     * @param atLeast how long the row stays taken after the start, whatever the job's duration: a little less
     *                than the job's interval
     * @param atMost  how long the row stays taken if this node dies while running the job (at least {@code atLeast})
     */
    public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
        if (atMost.compareTo(atLeast) < 0) {
            throw new IllegalArgumentException("atMost (" + atMost + ") must not be shorter than atLeast (" + atLeast + ")");
        }
        if (!acquire(name, atMost)) {
            LOG.debug("Job {} skipped: another node ran it in this period", name);
            return false;
        }
        try {
            job.run();
        } finally {
            release(name, atLeast);
        }
        return true;
    }

    /** The name this node writes in {@code job_lock.locked_by}. */
    public String node() {
        return node;
    }

    private boolean acquire(String name, Duration atMost) {
        long micros = atMost.toNanos() / 1000;
        int inserted = jdbc.sql("""
                        INSERT IGNORE INTO job_lock (name, locked_until, locked_at, locked_by)
                        VALUES (:name, NOW(3) + INTERVAL :micros MICROSECOND, NOW(3), :node)""")
                .param("name", name).param("micros", micros).param("node", node).update();
        if (inserted == 1) {
            return true;
        }
        return jdbc.sql("""
                        UPDATE job_lock SET locked_until = NOW(3) + INTERVAL :micros MICROSECOND, locked_at = NOW(3),
                               locked_by = :node
                        WHERE name = :name AND locked_until <= NOW(3)""")
                .param("name", name).param("micros", micros).param("node", node).update() == 1;
    }

    private void release(String name, Duration atLeast) {
        long micros = atLeast.toNanos() / 1000;
        jdbc.sql("""
                        UPDATE job_lock SET locked_until = GREATEST(NOW(3), locked_at + INTERVAL :micros MICROSECOND)
                        WHERE name = :name AND locked_by = :node""")
                .param("name", name).param("micros", micros).param("node", node).update();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
