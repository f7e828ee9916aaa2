package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The lockout on MariaDB: counts, window, unknown names, state shared by instances, concurrency, cleanup. */
@SpringBootTest(classes = CoreTestApplication.class)
class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock();
    final String morag = TestData.unique("morag");
    LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = newInstance(5);
    }

    private LoginThrottle newInstance(int maxFailures) {
        return new LoginThrottle(jdbc, transactions, clock, maxFailures, Duration.ofMinutes(15));
    }

    @Test
    void fourFailuresDoNotLockButTheFifthLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(morag)).isFalse();
        }
        assertThat(throttle.isLocked(morag)).isFalse();

        assertThat(throttle.recordFailure(morag)).isTrue();
        assertThat(throttle.isLocked(morag)).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(morag)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isLocked(morag)).isFalse();
    }

    @Test
    void theUsernameIsComparedWithoutCaseOrSurroundingSpace() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(i % 2 == 0 ? morag.toUpperCase() : " " + morag + " ");
        }
        assertThat(throttle.isLocked(morag)).isTrue();
    }

    @Test
    void unknownUsernamesAreLockedJustLikeRealOnesSoLockingRevealsNothing() {
        String nobody = TestData.unique("no-such-user");
        fail(nobody, 5);
        assertThat(throttle.isLocked(nobody)).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        fail(morag, 4);
        throttle.recordSuccess(morag);
        assertThat(throttle.recordFailure(morag)).isFalse();
        assertThat(throttle.isLocked(morag)).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
        fail(morag, 4);
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.recordFailure(morag)).isFalse();
        assertThat(throttle.isLocked(morag)).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        fail(morag, 5);
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.recordFailure(morag)).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.isLocked(morag)).isFalse();
    }

    @Test
    void afterALockEndsCountingStartsAgain() {
        fail(morag, 5);
        clock.advance(Duration.ofMinutes(15));

        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(morag)).isFalse();
        }
        assertThat(throttle.recordFailure(morag)).isTrue();
    }

    @Test
    void aLockAndACountSurviveANewInstanceSoTheyAreNotLostOnRestartOrSplitBetweenInstances() {
        String locked = TestData.unique("locked");
        fail(locked, 5);
        fail(morag, 4);

        LoginThrottle afterRestart = newInstance(5);

        assertThat(afterRestart.isLocked(locked)).isTrue();
        assertThat(afterRestart.recordFailure(morag)).isTrue();
        assertThat(throttle.isLocked(morag)).isTrue();
    }

    @Test
    void concurrentFailuresAreEachCountedOnce() throws Exception {
        int failures = 24;
        LoginThrottle throttleAt25 = newInstance(failures + 1);

        List<Boolean> lockedNow = concurrently(failures, () -> throttleAt25.recordFailure(morag));

        assertThat(lockedNow).containsOnly(false);
        assertThat(throttleAt25.isLocked(morag)).isFalse();
        assertThat(throttleAt25.recordFailure(morag)).isTrue();
    }

    @Test
    void amongConcurrentFailuresExactlyOneReportsTheLock() throws Exception {
        List<Boolean> lockedNow = concurrently(24, () -> throttle.recordFailure(morag));

        assertThat(lockedNow).containsOnlyOnce(true);
        assertThat(throttle.isLocked(morag)).isTrue();
    }

    @Test
    void expiredRowsAreForgottenSoRandomUsernamesCannotFillTheTable() {
        String once = TestData.unique("random");
        String locked = TestData.unique("locked");
        throttle.recordFailure(once);
        clock.advance(Duration.ofMinutes(10));
        fail(locked, 5);
        clock.advance(Duration.ofMinutes(6));

        throttle.forgetExpired(SecurityHousekeeping.BATCH);

        assertThat(rows(once)).isZero();
        assertThat(rows(locked)).isOne();
        assertThat(throttle.isLocked(locked)).isTrue();
        clock.advance(Duration.ofMinutes(10));
        throttle.forgetExpired(SecurityHousekeeping.BATCH);
        assertThat(rows(locked)).isZero();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }

    private int rows(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username_hash = :key")
                .param("key", LoginThrottle.key(username)).query(Integer.class).single();
    }

    /** Runs the call on as many threads, released together. */
    private static List<Boolean> concurrently(int threads, Callable<Boolean> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Boolean> values = new ArrayList<>();
            for (Future<Boolean> result : results) {
                values.add(result.get());
            }
            return values;
        }
    }
}
