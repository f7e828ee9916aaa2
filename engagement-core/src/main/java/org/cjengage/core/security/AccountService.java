package org.cjengage.core.security;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in user's own account: whether a one-time password must be replaced, and changing it.
 * <p>
 * Changing a password hashes twice (the current one checked, the new one stored), and a hash may wait for a turn
 * ({@link AccountPasswords}: one per processor). So the hashing happens between two short transactions, never
 * inside one: a burst of sign-ins must not leave this method holding a pooled connection while it waits
 * (docs/decisions.md, "Passwords are hashed outside transactions").
 */
@Service
public class AccountService {

    private final UserRepository users;
    private final AccessGuard access;
    private final AccountPasswords encoder;
    private final PasswordPolicy policy;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate read;
    private final TransactionTemplate write;

    public AccountService(UserRepository users, AccessGuard access, AccountPasswords encoder, PasswordPolicy policy,
                          SecurityEvents events, ApplicationEventPublisher publisher,
                          PlatformTransactionManager transactions) {
        this.publisher = publisher;
        this.users = users;
        this.access = access;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
    }

    /**
     * True while the caller signed in with a one-time password an admin gave them. Asked at every navigation: it
     * uses the request's one read of the account ({@link AccessGuard}), not a read of its own.
     */
    public boolean passwordChangeRequired() {
        return access.currentAccount().map(AccessGuard.Account::passwordChangeRequired).orElse(false);
    }

    /**
     * Checks the current password, applies the password policy, and stores the new hash; the caller's other
     * sessions end ({@link PasswordChanged}). The account is read in one transaction, the passwords are hashed
     * with no connection held, and the new hash is written in a second transaction only if nobody changed the
     * account in between (an admin's reset, say): otherwise {@link ConcurrentEditException} and nothing changes.
     */
    public void changePassword(String currentPassword, String newPassword) {
        AppUser user = read.execute(status -> {
            EngagementPrincipal me = access.requireUser();
            return users.findById(me.userId()).orElseThrow(() -> new NotFoundException("user", me.userId()));
        });
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
        String newHash = encoder.encode(newPassword);
        write.executeWithoutResult(status -> {
            try {
                // The version read above: a change committed since then fails here rather than being overwritten.
                users.save(user.withPassword(newHash, false));
            } catch (OptimisticLockingFailureException e) {
                throw new ConcurrentEditException("user");
            }
            events.record(SecurityEventType.PASSWORD_CHANGED, user.id(), user.username(), user.id(), null, null);
            publisher.publishEvent(new PasswordChanged(user.id(), false));
        });
        access.forgetCurrentAccount(); // the pages this request goes on to see the new state

    }
}
