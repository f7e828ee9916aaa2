package org.cjengage.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username for a while after repeated failed sign-ins (default: 5 failures within 15 minutes lock it
 * for 15 minutes). Counted per normalised username ({@link Usernames}: the form accounts are stored and looked up
 * in), so every spelling that reaches an account (other case, full-width letters, zero-width or no-break spaces)
 * counts against that one account; unknown names are counted the same way, so the behaviour does not reveal
 * which usernames are real. The counts live in table {@code login_failure}: a restart
 * keeps them, every app instance shares them, and each failure is counted by one atomic UPDATE. Rows whose
 * window and lock have passed are deleted by {@link #forgetExpired} (run by {@link SecurityHousekeeping}).
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate failureTransaction;
    private final TransactionTemplate cleanupTransaction;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    @Autowired
    public LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions,
                         @Value("${cjengage.security.login.max-failures:5}") int maxFailures,
                         @Value("${cjengage.security.login.lock-minutes:15}") int lockMinutes) {
        this(jdbc, transactions, Clock.systemUTC(), maxFailures, Duration.ofMinutes(lockMinutes));
    }

    public LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, int maxFailures,
                         Duration lockDuration) {
        this.jdbc = jdbc;
        this.failureTransaction = new TransactionTemplate(transactions);
        // Read committed: the cleanup locks only the rows it deletes, not the gaps sign-ins insert into.
        this.cleanupTransaction = new TransactionTemplate(transactions);
        cleanupTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        return locked(key(username), clock.instant());
    }

    /** Counts a failed sign-in; true when this failure locked the username. Failures while locked do not count. */
    public boolean recordFailure(String username) {
        byte[] key = key(username);
        Instant now = clock.instant();
        return Boolean.TRUE.equals(failureTransaction.execute(status -> {
            // Creates the row if needed and locks it until commit: concurrent failures for one name queue here.
            jdbc.sql("""
                            INSERT INTO login_failure (username_hash, failures, window_start) VALUES (:key, 0, :now)
                            ON DUPLICATE KEY UPDATE username_hash = username_hash""")
                    .param("key", key).param("now", at(now)).update();
            // The count is kept by the database. A window older than the lock period starts again at 1 (so does
            // the first failure after a lock, which lasts as long as the window). No assignment reads a column
            // set before it, so the result does not depend on the order MariaDB applies them in.
            int counted = jdbc.sql("""
                            UPDATE login_failure SET
                                locked_until = IF(IF(window_start <= :windowStart, 1, failures + 1) >= :max,
                                                  :lockEnd, NULL),
                                failures = IF(window_start <= :windowStart, 1, failures + 1),
                                window_start = IF(window_start <= :windowStart, :now, window_start)
                            WHERE username_hash = :key AND (locked_until IS NULL OR locked_until <= :now)""")
                    .param("key", key).param("now", at(now)).param("windowStart", at(now.minus(lockDuration)))
                    .param("max", maxFailures).param("lockEnd", at(now.plus(lockDuration)))
                    .update();
            return counted == 1 && locked(key, now);
        }));
    }

    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username_hash = :key").param("key", key(username)).update();
    }

    /**
     * Deletes up to {@code limit} rows whose window and lock have passed, so usernames tried once do not stay;
     * returns how many. For {@link SecurityHousekeeping}.
     */
    int forgetExpired(int limit) {
        Instant now = clock.instant();
        Integer deleted = cleanupTransaction.execute(status -> jdbc.sql("""
                        DELETE FROM login_failure
                        WHERE window_start <= :windowStart AND (locked_until IS NULL OR locked_until <= :now)
                        LIMIT :limit""")
                .param("windowStart", at(now.minus(lockDuration))).param("now", at(now)).param("limit", limit)
                .update());
        return deleted == null ? 0 : deleted;
    }

    private boolean locked(byte[] key, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username_hash = :key AND locked_until > :now")
                .param("key", key).param("now", at(now)).query(Integer.class).single() > 0;
    }

    /** The row key: SHA-256 of the normalised username (fixed width whatever was typed). */
    static byte[] key(String username) {
        String compared = Usernames.normalise(username);
        try {
            return MessageDigest.getInstance("SHA-256").digest(compared.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
