package org.cjengage.core.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account for a password sign-in by the normalised username ({@link Usernames}), and stores the
 * re-encoded hash when the delegating encoder says an old (bcrypt) hash should be upgraded to Argon2id.
 */
@Service
public class EngagementUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;

    public EngagementUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByTypedUsername(username).map(EngagementPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** Called by Spring Security after a successful sign-in whose stored hash uses an outdated encoding. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        if (!(user instanceof EngagementPrincipal principal)) {
            return user;
        }
        return users.findById(principal.userId())
                .map(current -> users.save(current.withPasswordHash(newPassword)))
                .map(EngagementPrincipal::of).orElse(principal);
    }
}
