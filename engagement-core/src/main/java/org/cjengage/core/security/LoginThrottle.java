package org.cjengage.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed sign-ins (default: 5 failures within 15 minutes lock it
 * for 15 minutes). Counted per username as typed, whether or not such a user exists, so the behaviour does not
 * reveal which usernames are real. Kept in memory: a restart clears it, and several app instances count
 * separately (documented in docs/security.md).
 */
@Component
public class LoginThrottle {

    /** Bound on remembered usernames, so random names cannot exhaust memory. */
    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(@Value("${cjengage.security.login.max-failures:5}") int maxFailures,
                         @Value("${cjengage.security.login.lock-minutes:15}") int lockMinutes) {
        this(Clock.systemUTC(), maxFailures, Duration.ofMinutes(lockMinutes));
    }

    public LoginThrottle(Clock clock, int maxFailures, Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil != null && clock.instant().isBefore(f.lockedUntil);
    }

    /** Counts a failed sign-in; true when this failure locked the username. */
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.expired(now, lockDuration));
        }
        boolean[] lockedNow = {false};
        failures.compute(key(username), (k, old) -> {
            Failures f = old == null || old.expired(now, lockDuration) ? new Failures(now) : old;
            if (f.lockedUntil != null && now.isBefore(f.lockedUntil)) {
                return f;
            }
            f.count++;
            if (f.count >= maxFailures) {
                f.lockedUntil = now.plus(lockDuration);
                f.count = 0;
                lockedNow[0] = true;
            }
            return f;
        });
        return lockedNow[0];
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    /** Number of usernames currently remembered (for tests of the memory bound). */
    int tracked() {
        return failures.size();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        private final Instant firstAt;
        private int count;
        private Instant lockedUntil;

        private Failures(Instant firstAt) {
            this.firstAt = firstAt;
        }

        private boolean expired(Instant now, Duration window) {
            boolean locked = lockedUntil != null && now.isBefore(lockedUntil);
            return !locked && now.isAfter(firstAt.plus(window)) && (lockedUntil == null || !now.isBefore(lockedUntil));
        }
    }
}
