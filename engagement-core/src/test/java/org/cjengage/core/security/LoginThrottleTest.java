package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void fourFailuresDoNotLockButTheFifthLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("morag")).isFalse();
        }
        assertThat(throttle.isLocked("morag")).isFalse();

        assertThat(throttle.recordFailure("morag")).isTrue();
        assertThat(throttle.isLocked("morag")).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("morag")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isLocked("morag")).isFalse();
    }

    @Test
    void theUsernameIsComparedWithoutCaseOrSurroundingSpace() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(i % 2 == 0 ? "Morag" : " morag ");
        }
        assertThat(throttle.isLocked("MORAG")).isTrue();
    }

    @Test
    void unknownUsernamesAreLockedJustLikeRealOnesSoLockingRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("no-such-user");
        }
        assertThat(throttle.isLocked("no-such-user")).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("morag");
        }
        throttle.recordSuccess("morag");
        assertThat(throttle.recordFailure("morag")).isFalse();
        assertThat(throttle.isLocked("morag")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("morag");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.recordFailure("morag")).isFalse();
        assertThat(throttle.isLocked("morag")).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("morag");
        }
        clock.advance(Duration.ofMinutes(10));
        throttle.recordFailure("morag");
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.isLocked("morag")).isFalse();
    }

    @Test
    void manyRandomUsernamesCannotGrowMemoryWithoutBound() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.recordFailure("random-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("one-more");
        assertThat(throttle.tracked()).isEqualTo(1);
    }
}
