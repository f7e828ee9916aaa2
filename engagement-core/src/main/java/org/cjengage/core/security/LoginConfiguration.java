package org.cjengage.core.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Username and password sign-in: the delegating encoder, a lock check before the password is compared, and
 * the usual disabled-account check (deactivated users cannot sign in). Failures of every kind end on the same
 * generic message at the login page, so nobody learns whether a username exists or is locked.
 */
@Configuration(proxyBeanMethods = false)
public class LoginConfiguration {

    @Bean
    AuthenticationProvider engagementAuthenticationProvider(EngagementUserDetailsService users,
                                                            AccountPasswords passwords,
                                                            LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords.encoder());
        // Old bcrypt hashes are re-encoded with the default (Argon2id) after a successful sign-in.
        provider.setUserDetailsPasswordService(users);
        UserDetailsChecker defaults = new org.springframework.security.authentication.AccountStatusUserDetailsChecker();
        // The lock is checked under the account's own (normalised) username: the key failures are counted under.
        provider.setPreAuthenticationChecks(user -> {
            if (throttle.isLocked(user.getUsername())) {
                throw new LockedException("locked");
            }
            defaults.check(user);
        });
        return provider;
    }
}
