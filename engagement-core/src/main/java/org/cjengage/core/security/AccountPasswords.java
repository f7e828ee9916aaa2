package org.cjengage.core.security;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the plugin hashes and checks its accounts' passwords. Deliberately not a {@link PasswordEncoder} bean: a host
 * application keeps its own encoder (any name, any algorithm) and the plugin's accounts keep theirs, without either
 * replacing or shadowing the other.
 * <p>
 * Delegating encoder: new hashes are Argon2id (Bouncy Castle; Spring Security's 5.8 defaults: 16 MiB, 2 iterations,
 * 1 lane; {@link ReusedMemoryArgon2}, which reuses the 16 MiB from one hash to the next), so passwords up to the
 * policy's 128 characters work (bcrypt stops at 72 bytes). {@code {bcrypt}} hashes
 * made before still match and are re-encoded at the next sign-in ({@link EngagementUserDetailsService#updatePassword}).
 * <p>
 * At most one hash is computed per processor at a time; further sign-ins wait their turn (fairly). Each Argon2id
 * hash takes 16 MiB and a processor for a moment, so a burst of sign-ins (the load test's 200 people arriving
 * within 20 s, or somebody hammering the login form) would otherwise take memory without bound and starve every
 * other request of processor time; queued, the same work finishes sooner on average and pages stay responsive.
 * Because a hash can wait, callers hash outside transactions, holding no pooled connection (docs/decisions.md,
 * "Passwords are hashed outside transactions").
 */
public final class AccountPasswords {

    /** The id new hashes are stored under ({@code {argon2}...}). */
    public static final String DEFAULT_ID = "argon2";

    private final PasswordEncoder encoder;

    public AccountPasswords() {
        this(hashing(Runtime.getRuntime().availableProcessors()), Runtime.getRuntime().availableProcessors());
    }

    /**
     * The hashing itself, without the turns: Argon2id for new hashes, bcrypt still read; the Argon2id work areas of
     * {@code atOnce} hashes are kept for the next ones.
     */
    static PasswordEncoder hashing(int atOnce) {
        return new DelegatingPasswordEncoder(DEFAULT_ID, Map.of(
                DEFAULT_ID, new ReusedMemoryArgon2(atOnce),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** {@code hashing} with at most {@code atOnce} hashes computed at the same time. */
    AccountPasswords(PasswordEncoder hashing, int atOnce) {
        this.encoder = new OneAtATimePerProcessor(hashing, Math.max(1, atOnce));
    }

    /** A new hash of {@code password}, under the default algorithm's id. */
    public String encode(CharSequence password) {
        return encoder.encode(password);
    }

    /** Whether {@code password} matches {@code hash} (any algorithm the plugin has used). */
    public boolean matches(CharSequence password, String hash) {
        return encoder.matches(password, hash);
    }

    /** The encoder itself, for the plugin's own sign-in provider only. */
    PasswordEncoder encoder() {
        return encoder;
    }

    /** Lets at most so many hashes be computed at once; the others wait in arrival order. */
    private static final class OneAtATimePerProcessor implements PasswordEncoder {

        private final PasswordEncoder hashing;
        private final Semaphore turns;

        OneAtATimePerProcessor(PasswordEncoder hashing, int atOnce) {
            this.hashing = hashing;
            this.turns = new Semaphore(atOnce, true);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return inTurn(() -> hashing.encode(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return inTurn(() -> hashing.matches(rawPassword, encodedPassword));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return hashing.upgradeEncoding(encodedPassword);
        }

        private <T> T inTurn(Supplier<T> hash) {
            try {
                turns.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to check a password", e);
            }
            try {
                return hash.get();
            } finally {
                turns.release();
            }
        }
    }
}
