package org.cjengage.core.security;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: whether a one-time password must be replaced, and changing it. */
@Service
@Transactional
public class AccountService {

    private final UserRepository users;
    private final AccessGuard access;
    private final AccountPasswords encoder;
    private final PasswordPolicy policy;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;

    public AccountService(UserRepository users, AccessGuard access, AccountPasswords encoder, PasswordPolicy policy,
                          SecurityEvents events, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.users = users;
        this.access = access;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
    }

    /** True while the caller signed in with a one-time password an admin gave them. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return access.currentUser().flatMap(p -> users.findById(p.userId()))
                .map(AppUser::passwordChangeRequired).orElse(false);
    }

    /**
     * Checks the current password, applies the password policy, and stores the new hash; the caller's other
     * sessions end ({@link PasswordChanged}).
     */
    public void changePassword(String currentPassword, String newPassword) {
        EngagementPrincipal me = access.requireUser();
        AppUser user = users.findById(me.userId()).orElseThrow(() -> new NotFoundException("user", me.userId()));
        Checks checks = new Checks().required("currentPassword", currentPassword);
        if (currentPassword != null && !currentPassword.isEmpty()) {
            checks.that(user.passwordHash() != null && encoder.matches(currentPassword, user.passwordHash()),
                    "currentPassword", "security.password.currentWrong");
        }
        policy.check(checks, "newPassword", newPassword, user.username());
        if (newPassword != null && newPassword.equals(currentPassword)) {
            checks.that(false, "newPassword", "security.password.sameAsCurrent");
        }
        checks.throwIfAny();
        users.save(user.withPassword(encoder.encode(newPassword), false));
        events.record(SecurityEventType.PASSWORD_CHANGED, user.id(), user.username(), user.id(), null, null);
        publisher.publishEvent(new PasswordChanged(user.id(), false));
    }
}
