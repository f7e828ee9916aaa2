package org.cjengage.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the CJ Engage account of someone who signed in at an external identity provider (OpenID Connect).
 * <ul>
 * <li>By the provider's issuer and subject, linked once and stored (table {@code external_identity}): the pair is
 * unique and stable, unlike {@code preferred_username}, which is never used.</li>
 * <li>The first link is made by e-mail address, only when the provider says it is verified
 * ({@code email_verified = true}), exactly one active account has it, and that account has no link yet: once an
 * account is linked, another identity with the same address gets nothing.</li>
 * </ul>
 * Only active accounts match: the provider proves who somebody is, CJ Engage still decides what they may do
 * (memberships are managed here, never taken from the provider).
 */
@Service
@Transactional
public class ExternalAccountMapping {

    private final UserRepository users;
    private final SecurityEvents events;
    private final JdbcClient jdbc;

    public ExternalAccountMapping(UserRepository users, SecurityEvents events, JdbcClient jdbc) {
        this.users = users;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The active account linked to this identity, linking it first by verified e-mail if it has no link yet. */
    public Optional<EngagementPrincipal> find(String issuer, String subject, String email, boolean emailVerified) {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> linked = jdbc.sql("SELECT app_user_id FROM external_identity WHERE issuer = :iss AND subject = :sub")
                .param("iss", issuer).param("sub", subject).query(Long.class).optional();
        Optional<AppUser> match = linked.isPresent() ? linked.flatMap(users::findById)
                : linkByEmail(issuer, subject, email, emailVerified);
        return match.filter(AppUser::active).map(EngagementPrincipal::of);
    }

    private Optional<AppUser> linkByEmail(String issuer, String subject, String email, boolean emailVerified) {
        if (!emailVerified || email == null || email.isBlank()) {
            return Optional.empty();
        }
        List<AppUser> withEmail = users.findAllByEmail(email.strip()).stream().filter(AppUser::active).toList();
        if (withEmail.size() != 1) {
            return Optional.empty();
        }
        AppUser user = withEmail.getFirst();
        boolean alreadyLinked = jdbc.sql("SELECT COUNT(*) FROM external_identity WHERE app_user_id = :user")
                .param("user", user.id()).query(Integer.class).single() > 0;
        if (alreadyLinked) {
            return Optional.empty();
        }
        jdbc.sql("INSERT INTO external_identity (issuer, subject, app_user_id) VALUES (:iss, :sub, :user)")
                .param("iss", issuer).param("sub", subject).param("user", user.id()).update();
        events.record(SecurityEventType.EXTERNAL_ACCOUNT_LINKED, user.id(), user.username(), null, null,
                "linked to " + issuer + " by verified e-mail");
        return Optional.of(user);
    }

    /** Records a sign-in at the identity provider that matched no active account. */
    public void recordUnmatched(String issuer, String subject, String email) {
        events.record(SecurityEventType.LOGIN_FAILURE, null, email, null, null,
                "external sign-in matched no active account (" + issuer + ", subject " + subject + ")");
    }
}
