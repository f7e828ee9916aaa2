package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * Issue 14, item 2: the probes that dodged the lockout. Each spelling either reaches the real account (and then
 * its failures lock that account) or reaches no account at all; after 25 wrong guesses the right password never
 * signs in under that spelling.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class LockoutDodgingTest {

    @Autowired AuthenticationProvider provider;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired UserRepository users;
    @Autowired AccountPasswords encoder;

    ProviderManager manager;

    @BeforeEach
    void setUp() {
        manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
    }

    private void signIn(String username, String password) {
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** A victim whose name ends in 1 or 2, like the probes' "victim1" and "victim2". */
    private AppUser victim(String suffix) {
        String username = TestData.unique("victim").toLowerCase() + "-" + suffix;
        return users.save(AppUser.create(username, "Victim", null, encoder.encode(TestData.PASSWORD),
                Set.of(Membership.national(Role.NATIONAL_VIEWER))));
    }

    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("accented i (víctim2)", "2", (UnaryOperator<String>) n -> n.replaceFirst("i", "í"), false),
                Arguments.of("upper case with accent (VÍCTIM1)", "1",
                        (UnaryOperator<String>) n -> n.replaceFirst("i", "í").toUpperCase(), false),
                Arguments.of("upper case", "1", (UnaryOperator<String>) String::toUpperCase, true),
                Arguments.of("zero-width space inside", "2",
                        (UnaryOperator<String>) n -> n.substring(0, 3) + "\u200B" + n.substring(3), true),
                Arguments.of("full-width first letter", "2",
                        (UnaryOperator<String>) n -> "\uFF56" + n.substring(1), true),
                Arguments.of("trailing no-break space", "1", (UnaryOperator<String>) n -> n + "\u00A0", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void twentyFiveWrongGuessesUnderAnotherSpellingNeverEndInASignIn(String probe, String suffix,
            UnaryOperator<String> spelling, boolean reachesTheAccount) {
        // Given a victim and an attacker typing another spelling of their username
        AppUser victim = victim(suffix);
        String typed = spelling.apply(victim.username());
        assertThat(typed).isNotEqualTo(victim.username());

        // When the attacker makes 25 wrong guesses
        for (int i = 0; i < 25; i++) {
            assertThatThrownBy(() -> signIn(typed, "wrong-guess-123")).isInstanceOf(AuthenticationException.class);
        }

        // Then the right password under that spelling is refused
        assertThatThrownBy(() -> signIn(typed, TestData.PASSWORD)).isInstanceOf(AuthenticationException.class);
        if (reachesTheAccount) {
            // the spelling reached the real account, so the real account is locked: even its owner waits
            assertThatThrownBy(() -> signIn(victim.username(), TestData.PASSWORD))
                    .isInstanceOf(org.springframework.security.authentication.LockedException.class);
        } else {
            // the spelling is another name that no account has: the owner was never at risk
            assertThat(users.findByTypedUsername(typed)).isEmpty();
            signIn(victim.username(), TestData.PASSWORD);
        }
    }

    @Test
    void theDatabaseComparesUsernamesExactlyNotThroughAnAccentOrCaseInsensitiveCollation() {
        AppUser victim = victim("2");

        assertThat(users.findByUsername(victim.username())).isPresent();
        assertThat(users.findByUsername(victim.username().toUpperCase())).isEmpty();
        assertThat(users.findByUsername(victim.username().replaceFirst("i", "í"))).isEmpty();
        assertThat(users.findByUsername(victim.username() + " ")).isEmpty();
    }
}
