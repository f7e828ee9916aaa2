package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** OpenID Connect accounts are linked by issuer and subject; e-mail links once, and only when verified. */
@SpringBootTest(classes = CoreTestApplication.class)
class ExternalAccountMappingTest {

    static final String ISSUER = "https://id.council.example/realms/staff";

    @Autowired ExternalAccountMapping external;
    @Autowired UserRepository users;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    private EngagementPrincipal staff() {
        return data.user(Role.STAFF, data.partnership().id());
    }

    private static String email(EngagementPrincipal user) {
        return user.username() + "@example.org";
    }

    private Optional<Long> find(String subject, String email, boolean verified) {
        return external.find(ISSUER, subject, email, verified).map(EngagementPrincipal::userId);
    }

    @Test
    void aVerifiedEmailLinksTheIdentityOnceAndLaterSignInsFollowTheSubjectNotTheEmail() {
        EngagementPrincipal user = staff();
        String subject = TestData.unique("sub");

        // Given a first sign-in with a verified address (any case) that one active account has
        assertThat(find(subject, email(user).toUpperCase(), true)).contains(user.userId());

        // Then later sign-ins of that subject reach the account whatever address the provider now sends
        assertThat(find(subject, null, false)).contains(user.userId());
        assertThat(find(subject, "changed@example.org", false)).contains(user.userId());
    }

    @Test
    void anUnverifiedEmailNeverLinks() {
        EngagementPrincipal user = staff();
        String subject = TestData.unique("sub");

        assertThat(find(subject, email(user), false)).isEmpty();
        assertThat(find(subject, null, false)).as("no link was stored").isEmpty();
    }

    @Test
    void aSecondIdentityWithTheSameVerifiedEmailGetsNothingOnceTheAccountIsLinked() {
        EngagementPrincipal user = staff();
        String first = TestData.unique("sub");
        assertThat(find(first, email(user), true)).contains(user.userId());

        // An attacker's identity (same or other issuer) claiming the victim's verified address
        assertThat(find(TestData.unique("sub"), email(user), true)).isEmpty();
        assertThat(external.find("https://evil.example", first, email(user), true)).isEmpty();
    }

    @Test
    void theProvidersPreferredUsernameIsNeverUsedSoAUsernameAsSubjectDoesNotMatch() {
        EngagementPrincipal user = staff();

        // A subject (or a claim the provider lets users choose) that equals an existing username reaches nothing
        assertThat(find(user.username(), null, false)).isEmpty();
        assertThat(find(user.username(), "someone@example.org", true)).isEmpty();
    }

    @Test
    void aDeactivatedAccountIsNeverMatchedEvenWhenLinked() {
        EngagementPrincipal user = staff();
        String subject = TestData.unique("sub");
        assertThat(find(subject, email(user), true)).contains(user.userId());

        users.save(users.findById(user.userId()).orElseThrow().withActive(false));

        assertThat(find(subject, email(user), true)).isEmpty();
    }

    @Test
    void anAddressSharedByTwoActiveAccountsLinksNeither() {
        EngagementPrincipal one = staff();
        EngagementPrincipal two = staff();
        jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id").param("email", email(one))
                .param("id", two.userId()).update();

        assertThat(find(TestData.unique("sub"), email(one), true)).isEmpty();
    }
}
