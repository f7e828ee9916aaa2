package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountPasswordsTest {

    @Test
    void givenTheDefaultEncoder_whenAPasswordIsHashed_thenItIsArgon2idAndMatchesOnlyItself() {
        AccountPasswords passwords = new AccountPasswords();

        String hash = passwords.encode("correct horse battery staple");

        assertThat(hash).startsWith("{" + AccountPasswords.DEFAULT_ID + "}$argon2id$");
        assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();
        assertThat(passwords.matches("Correct horse battery staple", hash)).isFalse();
    }

    @Test
    void givenTheDefaultEncoder_whenAPasswordIsHashed_thenItKeepsTheCostOf16MiBTwoPassesOneLaneAndTheSizes() {
        String hash = new AccountPasswords().encode("correct horse battery staple");

        // {argon2}$argon2id$v=19$m=16384,t=2,p=1$<salt>$<hash>, salt and hash in unpadded Base64
        String[] parts = hash.substring(("{" + AccountPasswords.DEFAULT_ID + "}").length()).split("\\$");
        assertThat(parts).hasSize(6);
        assertThat(parts[1]).isEqualTo("argon2id");
        assertThat(parts[2]).isEqualTo("v=19");
        assertThat(parts[3]).isEqualTo("m=16384,t=2,p=1");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
    }

    @Test
    void givenABcryptHashMadeBefore_whenItIsChecked_thenItMatchesAndIsMarkedForTheUpgradeToArgon2id() {
        AccountPasswords passwords = new AccountPasswords();
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("an older passphrase");

        assertThat(passwords.matches("an older passphrase", bcrypt)).isTrue();
        assertThat(passwords.matches("another passphrase", bcrypt)).isFalse();
        assertThat(passwords.encoder().upgradeEncoding(bcrypt)).isTrue();
        assertThat(passwords.encoder().upgradeEncoding(passwords.encode("an older passphrase"))).isFalse();
    }

    @Test
    void givenTwoTurns_whenTwentySignInsArriveAtOnce_thenNoMoreThanTwoHashesAreComputedAtATime() throws Exception {
        CountingEncoder hashing = new CountingEncoder();
        AccountPasswords passwords = new AccountPasswords(hashing, 2);
        ExecutorService arrivals = Executors.newFixedThreadPool(20);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                checks.add(arrivals.submit(() -> {
                    together.await();
                    return passwords.matches("secret", "secret");
                }));
            }
            together.countDown();
            for (Future<Boolean> check : checks) {
                assertThat(check.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            arrivals.shutdownNow();
        }

        assertThat(hashing.calls.get()).isEqualTo(20);
        assertThat(hashing.mostAtOnce.get()).isEqualTo(2);
    }

    /** Stands in for a slow hash and records how many run at the same time. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return rawPassword.toString();
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            calls.incrementAndGet();
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(20); // the time a hash takes, so that arrivals overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return rawPassword.toString().equals(encodedPassword);
        }
    }
}
