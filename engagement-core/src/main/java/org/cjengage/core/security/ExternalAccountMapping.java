package org.cjengage.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the CJ Engage account of someone who signed in at an external identity provider (OpenID Connect):
 * first by username (the provider's {@code preferred_username}), then by e-mail address if the provider says it
 * is verified and exactly one account has it (the column compares case-insensitively). Only active accounts match: the provider proves who somebody
 * is, CJ Engage still decides what they may do (memberships are managed here, never taken from the provider).
 */
@Service
@Transactional(readOnly = true)
public class ExternalAccountMapping {

    private final UserRepository users;
    private final SecurityEvents events;

    public ExternalAccountMapping(UserRepository users, SecurityEvents events) {
        this.users = users;
        this.events = events;
    }

    public Optional<EngagementPrincipal> find(String preferredUsername, String email, boolean emailVerified) {
        Optional<AppUser> byName = preferredUsername == null ? Optional.empty()
                : users.findByUsername(preferredUsername.strip());
        Optional<AppUser> match = byName.or(() -> {
            if (email == null || !emailVerified || email.isBlank()) {
                return Optional.empty();
            }
            List<AppUser> withEmail = users.findAllByEmail(email.strip());
            return withEmail.size() == 1 ? Optional.of(withEmail.getFirst()) : Optional.empty();
        });
        return match.filter(AppUser::active).map(EngagementPrincipal::of);
    }

    /** Records a sign-in at the identity provider that matched no active account. */
    @Transactional
    public void recordUnmatched(String preferredUsername, String email) {
        events.record(SecurityEventType.LOGIN_FAILURE, null, preferredUsername != null ? preferredUsername : email,
                null, null, "external sign-in matched no active account");
    }
}
