package org.cjengage.core.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-address and per-link limits on feedback submissions, kept in memory only: the address is used as a map
 * key while its window lasts and is never written anywhere. A restart forgets everything, which is fine for a
 * brake on abuse.
 */
final class SubmissionThrottle {

    private static final int MAX_KEYS = 50_000;

    private final Clock clock;
    private final int perAddress;
    private final int perLink;
    private final Duration window;
    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    SubmissionThrottle(Clock clock, int perAddress, int perLink, Duration window) {
        this.clock = clock;
        this.perAddress = perAddress;
        this.perLink = perLink;
        this.window = window;
    }

    /** Records one try; false when the address or the link has used up its window. */
    boolean tryAcquire(String address, String token) {
        Instant now = clock.instant();
        if (hits.size() > MAX_KEYS) {
            forgetExpired(now);
        }
        String addressKey = "a:" + (address == null ? "?" : address);
        String linkKey = "l:" + token;
        synchronized (this) {
            Deque<Instant> byAddress = recent(addressKey, now);
            Deque<Instant> byLink = recent(linkKey, now);
            if (byAddress.size() >= perAddress || byLink.size() >= perLink) {
                return false;
            }
            byAddress.addLast(now);
            byLink.addLast(now);
            return true;
        }
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> q = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(window))) {
            q.pollFirst();
        }
        return q;
    }

    private synchronized void forgetExpired(Instant now) {
        hits.entrySet().removeIf(e -> {
            Deque<Instant> q = e.getValue();
            return q.isEmpty() || !q.peekLast().isAfter(now.minus(window));
        });
    }
}
