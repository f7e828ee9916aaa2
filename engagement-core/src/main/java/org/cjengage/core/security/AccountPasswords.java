package org.cjengage.core.security;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the plugin hashes and checks its accounts' passwords. Deliberately not a {@link PasswordEncoder} bean: a host
 * application keeps its own encoder (any name, any algorithm) and the plugin's accounts keep theirs, without either
 * replacing or shadowing the other.
 * <p>
 * Delegating encoder: new hashes are Argon2id (Bouncy Castle; Spring Security's 5.8 defaults: 16 MiB, 2 iterations,
 * 1 lane), so passwords up to the policy's 128 characters work (bcrypt stops at 72 bytes). {@code {bcrypt}} hashes
 * made before still match and are re-encoded at the next sign-in ({@link EngagementUserDetailsService#updatePassword}).
 */
public final class AccountPasswords {

    /** The id new hashes are stored under ({@code {argon2}...}). */
    public static final String DEFAULT_ID = "argon2";

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder(DEFAULT_ID, Map.of(
            DEFAULT_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt", new BCryptPasswordEncoder()));

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
}
