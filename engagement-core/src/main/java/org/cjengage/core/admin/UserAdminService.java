package org.cjengage.core.admin;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.PartnershipScope;
import org.cjengage.core.security.PasswordChanged;
import org.cjengage.core.security.PasswordPolicy;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.SecurityEventType;
import org.cjengage.core.security.SecurityEvents;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.security.Usernames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.cjengage.core.security.AccountPasswords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * User administration. Rules, all checked here (views are not the boundary):
 * <ul>
 * <li>Only admins. A partnership ADMIN sees users with a membership in a partnership they administer, and former
 * members (removed from such a partnership, see {@link FormerMembers}), and changes only memberships of those
 * partnerships; a national ADMIN manages everyone and national memberships.</li>
 * <li>Account-wide changes (deactivate, reactivate, reset password, remove personal details, export personal
 * data) need every membership of the user to be administered by the caller; a former member with no membership
 * left can be deactivated by an admin of a partnership they left.</li>
 * <li>Nobody changes their own account here (no self-promotion, no locking oneself out).</li>
 * <li>One role per user per partnership. Users are never deleted.</li>
 * </ul>
 * Every change writes a security event.
 * <p>
 * Inviting and resetting a password hash a password, and a hash may wait for a turn ({@code AccountPasswords}: one
 * per processor): those two read and check in one transaction, hash with no connection held, and write in a
 * second transaction that fails on the account's version if it changed in between (docs/decisions.md, "Passwords
 * are hashed outside transactions"). Every other method is one transaction.
 */
@Service
public class UserAdminService {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{2,99}";
    static final String EMAIL_PATTERN = "[^\\s@]+@[^\\s@]+\\.[^\\s@]+";
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PartnershipLookup partnerships;
    private final AccessGuard access;
    private final AccountPasswords encoder;
    private final PasswordPolicy policy;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final FormerMembers formerMembers;
    private final TransactionTemplate read;
    private final TransactionTemplate write;

    public UserAdminService(UserRepository users, PartnershipLookup partnerships, AccessGuard access,
                            AccountPasswords encoder, PasswordPolicy policy, SecurityEvents events,
                            ApplicationEventPublisher publisher, FormerMembers formerMembers,
                            PlatformTransactionManager transactions) {
        this.formerMembers = formerMembers;
        this.read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.users = users;
        this.partnerships = partnerships;
        this.access = access;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.publisher = publisher;
    }

    /** The users the caller administers, current and former members, by name. */
    @Transactional(readOnly = true)
    public List<ManagedUser> users() {
        PartnershipScope scope = access.requireAdmin();
        Map<Long, Set<Long>> former = formerMembers.all();
        return users.findAllByOrderByDisplayName().stream()
                .filter(u -> visible(u, scope, former.getOrDefault(u.id(), Set.of())))
                .map(u -> view(u, scope, former.getOrDefault(u.id(), Set.of()))).toList();
    }

    @Transactional(readOnly = true)
    public ManagedUser user(long userId) {
        PartnershipScope scope = access.requireAdmin();
        return view(load(userId, scope), scope);
    }

    public Invitation invite(InviteDraft draft) {
        Invitee invitee = read.execute(status -> checkInvitation(draft));
        String password = blankToNull(draft.initialPassword());
        String oneTime = password == null ? generatePassword() : null;
        String hash = encoder.encode(password != null ? password : oneTime);
        AppUser created = write.execute(status -> {
            AppUser saved;
            try {
                saved = users.save(AppUser.create(invitee.username(), draft.displayName().strip(), invitee.email(),
                        null, Set.of(new Membership(draft.partnershipId(), draft.role()))).withPassword(hash, true));
            } catch (DuplicateKeyException e) {
                // Somebody took the username since it was checked (the table's only unique key).
                new Checks().that(false, "username", "security.admin.usernameTaken").throwIfAny();
                throw e;
            }
            events.record(SecurityEventType.USER_INVITED, saved.id(), saved.username(), invitee.admin().userId(),
                    draft.partnershipId(), "role " + draft.role());
            return saved;
        });
        return new Invitation(created.id(), created.username(), oneTime);
    }

    /** Who is inviting, and the username and e-mail to store, once the caller may invite and the draft is valid. */
    private record Invitee(EngagementPrincipal admin, String username, String email) {
    }

    private Invitee checkInvitation(InviteDraft draft) {
        EngagementPrincipal admin = access.requireAdminOf(draft.partnershipId());
        // Stored in the one compared form (Usernames); a name with invisible or look-alike characters is refused
        // rather than silently changed, so the admin knows exactly what the person will type.
        boolean hidden = Usernames.hasHiddenCharacters(draft.username());
        String username = draft.username() == null ? null : Usernames.normalise(draft.username());
        Checks checks = new Checks().requiredText("username", username, 100)
                .requiredText("displayName", draft.displayName(), 200)
                .text("email", draft.email(), 320)
                .required("role", draft.role());
        if (hidden) {
            checks.that(false, "username", "security.admin.usernameHidden");
        } else if (username != null && !username.isBlank()) {
            checks.that(username.matches(USERNAME_PATTERN), "username", "security.admin.usernameFormat");
            checks.that(users.findByUsername(username).isEmpty(), "username", "security.admin.usernameTaken");
        }
        String email = blankToNull(draft.email());
        if (email != null) {
            checks.that(email.matches(EMAIL_PATTERN), "email", "security.admin.emailFormat");
        }
        if (draft.role() != null) {
            checks.that(draft.partnershipId() != null || draft.role() == Role.ADMIN
                    || draft.role() == Role.NATIONAL_VIEWER, "role", "security.admin.nationalRole");
            checks.that(draft.partnershipId() == null || draft.role() != Role.NATIONAL_VIEWER, "role",
                    "security.admin.nationalRole");
        }
        String password = blankToNull(draft.initialPassword());
        if (password != null) {
            policy.check(checks, "initialPassword", password, username);
        }
        checks.throwIfAny();
        if (draft.partnershipId() != null) {
            partnerships.findById(draft.partnershipId())
                    .orElseThrow(() -> new NotFoundException("partnership", draft.partnershipId()));
        }
        return new Invitee(admin, username, email);
    }

    /**
     * Sets the user's role in one partnership ({@code null} partnership = national), or removes their
     * membership there when {@code role} is null. Memberships elsewhere are kept.
     */
    @Transactional
    public ManagedUser setRole(long userId, int expectedVersion, Long partnershipId, Role role) {
        EngagementPrincipal admin = access.requireAdminOf(partnershipId);
        PartnershipScope scope = access.requireAdmin();
        AppUser user = load(userId, scope);
        notSelf(admin, user);
        requireVersion(user, expectedVersion);
        if (user.personalDataRemoved()) {
            throw new DomainException("security.admin.personalDataRemoved");
        }
        if (role != null) {
            new Checks().that(partnershipId != null || role == Role.ADMIN || role == Role.NATIONAL_VIEWER,
                    "role", "security.admin.nationalRole")
                    .that(partnershipId == null || role != Role.NATIONAL_VIEWER, "role", "security.admin.nationalRole")
                    .throwIfAny();
        }
        if (partnershipId != null) {
            partnerships.findById(partnershipId).orElseThrow(() -> new NotFoundException("partnership", partnershipId));
        }
        Set<Membership> next = new HashSet<>(user.memberships());
        String before = next.stream().filter(m -> Objects.equals(m.partnershipId(), partnershipId))
                .map(m -> m.role().name()).sorted().collect(Collectors.joining(",", "", ""));
        next.removeIf(m -> Objects.equals(m.partnershipId(), partnershipId));
        if (role != null) {
            next.add(new Membership(partnershipId, role));
        }
        AppUser saved = save(user.withMemberships(next));
        if (partnershipId != null && role == null && !before.isEmpty()) {
            formerMembers.removed(user.id(), partnershipId);
        } else if (partnershipId != null && role != null) {
            formerMembers.rejoined(user.id(), partnershipId);
        }
        events.record(SecurityEventType.ROLE_CHANGED, user.id(), user.username(), admin.userId(), partnershipId,
                (partnershipId == null ? "national" : "partnership " + partnershipId) + ": "
                        + (before.isEmpty() ? "none" : before) + " -> " + (role == null ? "none" : role.name()));
        return view(saved, scope);
    }

    /** Deactivates the account (it can no longer sign in; open sessions end); the row and history stay. */
    @Transactional
    public ManagedUser deactivate(long userId, int expectedVersion, boolean removePersonalData) {
        AccountChange change = accountChange(userId, expectedVersion);
        EngagementPrincipal admin = change.admin();
        AppUser user = change.user();
        String username = user.username();
        AppUser changed = removePersonalData && !user.personalDataRemoved()
                ? user.withPersonalDataRemoved(Instant.now()) : user.withActive(false);
        AppUser saved = save(changed);
        Long partnership = singlePartnership(user);
        events.record(SecurityEventType.USER_DEACTIVATED, user.id(), username, admin.userId(), partnership, null);
        if (removePersonalData && !user.personalDataRemoved()) {
            events.record(SecurityEventType.PERSONAL_DATA_REMOVED, user.id(), saved.username(), admin.userId(),
                    partnership, "name, e-mail and username removed");
        }
        publisher.publishEvent(new UserDeactivated(user.id(), username));
        return view(saved, change.scope());
    }

    @Transactional
    public ManagedUser reactivate(long userId, int expectedVersion) {
        AccountChange change = accountChange(userId, expectedVersion);
        AppUser user = change.user();
        if (user.personalDataRemoved()) {
            throw new DomainException("security.admin.personalDataRemoved");
        }
        AppUser saved = save(user.withActive(true));
        events.record(SecurityEventType.USER_REACTIVATED, user.id(), user.username(), change.admin().userId(),
                singlePartnership(user), null);
        return view(saved, change.scope());
    }

    /**
     * Gives the user a new generated one-time password (shown once to the admin) for a forgotten one; every open
     * session of the user ends ({@link PasswordChanged}).
     */
    public Invitation resetPassword(long userId, int expectedVersion) {
        AccountChange change = read.execute(status -> {
            AccountChange checked = accountChange(userId, expectedVersion);
            if (checked.user().personalDataRemoved()) {
                throw new DomainException("security.admin.personalDataRemoved");
            }
            return checked;
        });
        AppUser user = change.user();
        String oneTime = generatePassword();
        String hash = encoder.encode(oneTime);
        write.executeWithoutResult(status -> {
            // Saved with the version checked above: a change committed since then fails as a concurrent edit.
            save(user.withPassword(hash, true));
            events.record(SecurityEventType.PASSWORD_RESET, user.id(), user.username(), change.admin().userId(),
                    singlePartnership(user), null);
            publisher.publishEvent(new PasswordChanged(user.id(), true));
        });
        return new Invitation(user.id(), user.username(), oneTime);
    }

    /** A user the caller may manage as a whole (export, deactivate); for {@link PersonalDataService}. */
    @Transactional
    AppUser requireWholeAccount(long userId) {
        return loadWhole(userId, access.requireAdmin());
    }

    static String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The caller, their scope and the user, for an account-wide change by an admin of the whole account. */
    private record AccountChange(EngagementPrincipal admin, PartnershipScope scope, AppUser user) {
    }

    /**
     * The common start of deactivate, reactivate and reset password: the caller administers every membership of
     * the user, it is not their own account, and nobody changed it since the caller loaded {@code expectedVersion}.
     */
    private AccountChange accountChange(long userId, int expectedVersion) {
        EngagementPrincipal admin = access.requireUser();
        PartnershipScope scope = access.requireAdmin();
        AppUser user = loadWhole(userId, scope);
        notSelf(admin, user);
        requireVersion(user, expectedVersion);
        return new AccountChange(admin, scope, user);
    }

    private AppUser load(long userId, PartnershipScope scope) {
        return users.findById(userId).filter(u -> visible(u, scope, formerMembers.of(u.id())))
                .orElseThrow(() -> new NotFoundException("user", userId));
    }

    private AppUser loadWhole(long userId, PartnershipScope scope) {
        AppUser user = load(userId, scope);
        if (!wholeAccount(user, scope, formerMembers.of(user.id()))) {
            throw new DomainException("security.admin.otherPartnerships");
        }
        return user;
    }

    private AppUser save(AppUser user) {
        try {
            return users.save(user);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("user");
        }
    }

    private static void requireVersion(AppUser user, int expected) {
        if (user.version() == null || user.version() != expected) {
            throw new ConcurrentEditException("user");
        }
    }

    private static void notSelf(EngagementPrincipal admin, AppUser user) {
        if (admin.userId() == user.id()) {
            throw new DomainException("security.admin.ownAccount");
        }
    }

    /** A member of a partnership in scope now, or removed from one ({@code formerOf}: the partnerships left). */
    static boolean visible(AppUser user, PartnershipScope scope, Set<Long> formerOf) {
        return scope.all() || user.memberships().stream()
                .anyMatch(m -> !m.isNational() && scope.ids().contains(m.partnershipId()))
                || formerOf.stream().anyMatch(scope.ids()::contains);
    }

    /**
     * The caller administers every current membership of the user, and the user is or was a member of at least
     * one partnership the caller administers (so a former member with no membership left is manageable).
     */
    static boolean wholeAccount(AppUser user, PartnershipScope scope, Set<Long> formerOf) {
        if (scope.all()) {
            return true;
        }
        boolean allCurrentInScope = user.memberships().stream()
                .allMatch(m -> !m.isNational() && scope.ids().contains(m.partnershipId()));
        return allCurrentInScope && (!user.memberships().isEmpty() || formerOf.stream().anyMatch(scope.ids()::contains));
    }

    private static Long singlePartnership(AppUser user) {
        Set<Long> ids = user.memberships().stream().map(Membership::partnershipId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    private ManagedUser view(AppUser u, PartnershipScope scope) {
        return view(u, scope, formerMembers.of(u.id()));
    }

    private static ManagedUser view(AppUser u, PartnershipScope scope, Set<Long> formerOf) {
        Set<Long> current = u.memberships().stream().map(Membership::partnershipId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Long> left = formerOf.stream().filter(id -> scope.all() || scope.ids().contains(id))
                .filter(id -> !current.contains(id)).sorted().toList();
        List<Membership> shown = u.memberships().stream()
                .filter(m -> scope.all() || !m.isNational() && scope.ids().contains(m.partnershipId()))
                .sorted(java.util.Comparator.comparing((Membership m) -> m.partnershipId() == null ? 0L : m.partnershipId())
                        .thenComparing(Membership::role))
                .toList();
        return new ManagedUser(u.id(), u.username(), u.personalDataRemoved() ? "" : u.displayName(),
                u.personalDataRemoved() || u.email() == null ? "" : u.email(), u.active(), u.personalDataRemoved(),
                u.passwordChangeRequired(), shown, u.memberships().size() - shown.size(),
                u.version() == null ? 0 : u.version(), u.createdAt(), wholeAccount(u, scope, formerOf), left,
                shown.isEmpty() && !left.isEmpty());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
