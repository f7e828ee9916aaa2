package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.testsupport.OneRequest;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;

@SpringBootTest(classes = CoreTestApplication.class)
@RecordApplicationEvents
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired AccessGuard access;
    @Autowired UserRepository users;
    @Autowired AccountPasswords encoder;
    @Autowired TestData data;
    @Autowired ApplicationEvents published;

    @Test
    void replacingAOneTimePasswordClearsTheFlagAndStoresOnlyAHash() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        users.save(users.findById(user.userId()).orElseThrow().withPassword(encoder.encode(TestData.PASSWORD), true));
        assertThat(AsUser.call(user, accounts::passwordChangeRequired)).isTrue();

        AsUser.run(user, () -> accounts.changePassword(TestData.PASSWORD, "a brand new passphrase"));

        var row = users.findById(user.userId()).orElseThrow();
        assertThat(row.passwordChangeRequired()).isFalse();
        assertThat(encoder.matches("a brand new passphrase", row.passwordHash())).isTrue();
        assertThat(row.passwordHash()).doesNotContain("brand new");
    }

    @Test
    void withinOneRequestTheOneTimePasswordFlagComesWithTheAccountReadAndANewPasswordIsSeenAtOnce() {
        // Given a user with a one-time password, in one request of theirs whose access check read the account
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        users.save(users.findById(user.userId()).orElseThrow().withPassword(encoder.encode(TestData.PASSWORD), true));
        RequestContextHolder.setRequestAttributes(new OneRequest());
        try {
            AsUser.run(user, () -> {
                access.currentUser();

                // When the page guard asks whether they must choose a new password
                StatementCounter.Measured<Boolean> asked = StatementCounter.measure(accounts::passwordChangeRequired);

                // Then the request's read answers it, without a statement of its own
                assertThat(asked.value()).isTrue();
                assertThat(asked.statements()).as("%s", asked.counts()).isZero();

                // And once they have chosen one, the pages this request goes on to open no longer ask for it
                accounts.changePassword(TestData.PASSWORD, "a brand new passphrase");
                assertThat(accounts.passwordChangeRequired()).isFalse();
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedAndNothingChanges() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        String before = users.findById(user.userId()).orElseThrow().passwordHash();

        assertThatThrownBy(() -> AsUser.run(user, () -> accounts.changePassword("not-my-password", "password1234")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey)
                        .contains("security.password.currentWrong", "security.password.common"));
        assertThat(users.findById(user.userId()).orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void nobodySignedInCannotChangeAPassword() {
        assertThatThrownBy(() -> accounts.changePassword("a", "b")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aLongPasswordOfUpTo128CharactersCanBeChosenAndTheOtherSessionsAreToldToEnd() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        String longest = "Ùr-sgeul mu bhàta beag a' seòladh ".repeat(5).substring(0, PasswordPolicy.MAX_LENGTH);

        AsUser.run(user, () -> accounts.changePassword(TestData.PASSWORD, longest));

        assertThat(encoder.matches(longest, users.findById(user.userId()).orElseThrow().passwordHash())).isTrue();
        assertThat(published.stream(PasswordChanged.class)).containsExactly(new PasswordChanged(user.userId(), false));
    }
}
