package org.cjengage.core.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {

    /** The id new hashes are stored under ({@code {argon2}...}). */
    public static final String DEFAULT_ID = "argon2";

    /**
     * Delegating encoder: new hashes are Argon2id (Bouncy Castle; Spring Security's 5.8 defaults: 16 MiB, 2
     * iterations, 1 lane), so passwords up to the policy's 128 characters work (bcrypt stops at 72 bytes).
     * {@code {bcrypt}} hashes made before still match and are re-encoded at the next sign-in
     * ({@link EngagementUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return encoder();
    }

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(DEFAULT_ID, Map.of(
                DEFAULT_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
