package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Sign-in through the real provider and event publishing: hashing, lockout, deactivation and the log. */
@SpringBootTest(classes = CoreTestApplication.class)
class LoginTest {

    @Autowired AuthenticationProvider provider;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired SecurityEvents events;
    @Autowired UserRepository users;
    @Autowired TestData data;
    @Autowired AccountPasswords encoder;

    ProviderManager manager;
    EngagementPrincipal nationalAdmin;

    @BeforeEach
    void setUp() {
        manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
        nationalAdmin = data.user(Role.ADMIN, null);
    }

    private Authentication signIn(String username, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private List<SecurityEventType> logged(String username) {
        return AsUser.call(nationalAdmin, () -> events.search(new SecurityEventFilter(null, username, null, null,
                null), 0, 50)).stream().map(SecurityEvent::type).toList().reversed();
    }

    @Test
    void theRightPasswordSignsInAndIsLogged() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());

        Authentication auth = signIn(user.username(), TestData.PASSWORD);

        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(EngagementPrincipal.class,
                p -> assertThat(p.userId()).isEqualTo(user.userId()));
        assertThat(users.findById(user.userId()).orElseThrow().passwordHash()).startsWith("{argon2}");
        assertThat(logged(user.username())).containsExactly(SecurityEventType.LOGIN_SUCCESS);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefusedForAWhile() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(user.username(), "wrong-password-123")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(user.username(), TestData.PASSWORD)).isInstanceOf(LockedException.class);

        List<SecurityEventType> log = logged(user.username());
        assertThat(log).containsSubsequence(SecurityEventType.LOGIN_FAILURE, SecurityEventType.LOGIN_FAILURE,
                SecurityEventType.LOGIN_FAILURE, SecurityEventType.LOGIN_FAILURE, SecurityEventType.LOGIN_FAILURE,
                SecurityEventType.LOCKED, SecurityEventType.LOGIN_FAILURE);
        assertThat(log).doesNotContain(SecurityEventType.LOGIN_SUCCESS);
    }

    @Test
    void anUnknownUsernameFailsLikeAWrongPasswordAndIsLoggedWithoutAUser() {
        String nobody = TestData.unique("nobody");

        assertThatThrownBy(() -> signIn(nobody, "whatever-password")).isInstanceOf(BadCredentialsException.class);

        var entries = AsUser.call(nationalAdmin, () -> events.search(new SecurityEventFilter(
                SecurityEventType.LOGIN_FAILURE, nobody, null, null, null), 0, 5));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.userId()).isNull();
            assertThat(e.details()).isEqualTo("unknown username");
        });
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        users.save(users.findById(user.userId()).orElseThrow().withActive(false));

        assertThatThrownBy(() -> signIn(user.username(), TestData.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void controlCharactersInATypedUsernameAreNeutralisedInTheLog() {
        String typed = TestData.unique("evil") + "\r\nFAKE LOG LINE\u202E";

        assertThatThrownBy(() -> signIn(typed, "whatever-password")).isInstanceOf(BadCredentialsException.class);

        var entries = AsUser.call(nationalAdmin, () -> events.search(new SecurityEventFilter(
                SecurityEventType.LOGIN_FAILURE, "FAKE LOG LINE", null, null, null), 0, 5));
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.username()).doesNotContain("\r", "\n", "\u202E"));
    }

    @Test
    void anOldBcryptHashStillSignsInAndIsReplacedByAnArgon2idHash() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(TestData.PASSWORD);
        users.save(users.findById(user.userId()).orElseThrow().withPasswordHash(bcrypt));

        signIn(user.username(), TestData.PASSWORD);

        String stored = users.findById(user.userId()).orElseThrow().passwordHash();
        assertThat(stored).startsWith("{argon2}");
        assertThat(encoder.matches(TestData.PASSWORD, stored)).isTrue();
        signIn(user.username(), TestData.PASSWORD);
    }

    @Test
    void aPasswordOfTheFullAllowedLengthBeyondBcryptsLimitWorks() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());
        String longest = "ceòl agus òrain air feadh na h-oidhche ".repeat(4).substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(longest.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        users.save(users.findById(user.userId()).orElseThrow().withPasswordHash(encoder.encode(longest)));

        signIn(user.username(), longest);
        assertThatThrownBy(() -> signIn(user.username(), longest.substring(0, 127) + "x"))
                .isInstanceOf(BadCredentialsException.class);
    }
}
