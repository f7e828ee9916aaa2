package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cjengage.core.admin.InviteDraft;
import org.cjengage.core.admin.Invitation;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.StatementCounter.Moment;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A password hash can wait for its turn (AccountPasswords: one per processor), so no hash is computed while its
 * thread holds a pooled connection: under a burst of sign-ins, a password change, invitation or reset would
 * otherwise keep a connection from everybody else while it waits (issue 16's load test). {@link HashingMoments}
 * notes the connections held at each hash; changes committed by somebody else during the hash are still caught.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class PasswordsHashedOutsideTransactionsTest {

    @Autowired AccountService accounts;
    @Autowired UserAdminService admin;
    @Autowired UserRepository users;
    @Autowired AccountPasswords passwords;
    @Autowired AuthenticationProvider signIn;
    @Autowired TestData data;

    @Test
    void givenASignedInUser_whenTheyChangeTheirPassword_thenBothHashesAreComputedWithNoConnectionHeld() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());

        var changed = StatementCounter.measure(() -> {
            AsUser.run(user, () -> accounts.changePassword(TestData.PASSWORD, "a brand new passphrase"));
            return null;
        });

        assertThat(changed.moments()).as("the current password checked, the new one hashed")
                .containsExactly(new Moment("hash", 0), new Moment("hash", 0));
        assertThat(passwords.matches("a brand new passphrase",
                users.findById(user.userId()).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void givenAWrongCurrentPassword_whenTheUserChangesIt_thenTheCheckHoldsNoConnectionAndNothingChanges() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        String before = users.findById(user.userId()).orElseThrow().passwordHash();

        var refused = StatementCounter.measure(() -> {
            assertThatThrownBy(() -> AsUser.run(user, () -> accounts.changePassword("not-mine", "a new passphrase")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::messageKey).containsExactly("security.password.currentWrong"));
            return null;
        });

        assertThat(refused.moments()).containsExactly(new Moment("hash", 0));
        assertThat(users.findById(user.userId()).orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void givenAnAdminResetsThePasswordWhileTheUserChangesIt_whenTheChangeIsWritten_thenItIsRefusedAndTheResetStays() {
        Partnership partnership = data.partnership();
        EngagementPrincipal user = data.user(Role.STAFF, partnership.id());
        EngagementPrincipal partnershipAdmin = data.user(Role.ADMIN, partnership.id());
        int version = users.findById(user.userId()).orElseThrow().version();
        Invitation[] reset = new Invitation[1];
        // The admin's reset commits while the user's current password is being checked.
        HashingMoments.duringNextHash(() -> reset[0] = AsUser.call(partnershipAdmin,
                () -> admin.resetPassword(user.userId(), version)));

        assertThatThrownBy(() -> AsUser.run(user, () -> accounts.changePassword(TestData.PASSWORD, "mine, not theirs")))
                .isInstanceOf(ConcurrentEditException.class);

        String stored = users.findById(user.userId()).orElseThrow().passwordHash();
        assertThat(passwords.matches(reset[0].oneTimePassword(), stored)).isTrue();
        assertThat(passwords.matches("mine, not theirs", stored)).isFalse();
        assertThat(users.findById(user.userId()).orElseThrow().passwordChangeRequired()).isTrue();
    }

    @Test
    void givenAnAdmin_whenTheyInviteSomebodyOrResetAPassword_thenEachHashIsComputedWithNoConnectionHeld() {
        Partnership partnership = data.partnership();
        EngagementPrincipal partnershipAdmin = data.user(Role.ADMIN, partnership.id());
        String username = TestData.unique("invitee").toLowerCase();

        var invited = StatementCounter.measure(() -> AsUser.call(partnershipAdmin, () -> admin.invite(
                new InviteDraft(username, "Eilidh Rose", null, partnership.id(), Role.STAFF, null))));
        int version = users.findById(invited.value().userId()).orElseThrow().version();
        var reset = StatementCounter.measure(() -> AsUser.call(partnershipAdmin,
                () -> admin.resetPassword(invited.value().userId(), version)));

        assertThat(invited.moments()).containsExactly(new Moment("hash", 0));
        assertThat(reset.moments()).containsExactly(new Moment("hash", 0));
        String stored = users.findById(invited.value().userId()).orElseThrow().passwordHash();
        assertThat(passwords.matches(reset.value().oneTimePassword(), stored)).isTrue();
        assertThat(passwords.matches(invited.value().oneTimePassword(), stored)).isFalse();
    }

    @Test
    void givenTheAccountChangesWhileItsPasswordIsReset_whenTheResetIsWritten_thenItIsRefusedAsAConcurrentEdit() {
        Partnership partnership = data.partnership();
        EngagementPrincipal user = data.user(Role.STAFF, partnership.id());
        EngagementPrincipal partnershipAdmin = data.user(Role.ADMIN, partnership.id());
        int version = users.findById(user.userId()).orElseThrow().version();
        // The user replaces their password while the admin's new one-time password is being hashed.
        HashingMoments.duringNextHash(() -> AsUser.run(user,
                () -> accounts.changePassword(TestData.PASSWORD, "changed meanwhile")));

        assertThatThrownBy(() -> AsUser.run(partnershipAdmin, () -> admin.resetPassword(user.userId(), version)))
                .isInstanceOf(ConcurrentEditException.class);

        AppUser row = users.findById(user.userId()).orElseThrow();
        assertThat(passwords.matches("changed meanwhile", row.passwordHash())).isTrue();
        assertThat(row.passwordChangeRequired()).isFalse();
    }

    @Test
    void givenTheUsernameIsTakenWhileAnInvitationIsHashed_whenItIsWritten_thenTheUsernameIsRefusedAsTaken() {
        Partnership partnership = data.partnership();
        EngagementPrincipal partnershipAdmin = data.user(Role.ADMIN, partnership.id());
        String username = TestData.unique("twice").toLowerCase();
        InviteDraft draft = new InviteDraft(username, "Calum Rose", null, partnership.id(), Role.STAFF, null);
        HashingMoments.duringNextHash(() -> AsUser.call(partnershipAdmin, () -> admin.invite(draft)));

        assertThatThrownBy(() -> AsUser.call(partnershipAdmin, () -> admin.invite(draft)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("security.admin.usernameTaken"));
        assertThat(users.findByUsername(username)).isPresent();
    }

    @Test
    void givenABcryptHash_whenTheUserSignsIn_thenTheCheckAndTheArgon2idUpgradeHoldNoConnection() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        users.save(users.findById(user.userId()).orElseThrow()
                .withPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(TestData.PASSWORD)));
        // The provider hashes once for unknown usernames at its first sign-in: not part of what is measured.
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                data.user(Role.STAFF, data.partnership().id()).username(), TestData.PASSWORD));

        var signedIn = StatementCounter.measure(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), TestData.PASSWORD)));

        assertThat(signedIn.value()).extracting(Authentication::isAuthenticated).isEqualTo(true);
        assertThat(signedIn.moments()).as("bcrypt checked, then Argon2id computed for the upgrade")
                .isEqualTo(List.of(new Moment("hash", 0), new Moment("hash", 0)));
        assertThat(users.findById(user.userId()).orElseThrow().passwordHash())
                .startsWith("{" + AccountPasswords.DEFAULT_ID + "}$argon2id$");
    }
}
