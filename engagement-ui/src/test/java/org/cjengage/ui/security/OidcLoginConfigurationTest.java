package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.ExternalAccountMapping;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OpenID Connect sign-in switched on by configuration. No identity provider is reachable here, so this checks
 * the wiring (the sign-in redirect goes to the configured provider) and the mapping of a provider's user (a
 * Mockito mock of what the provider returns) to an account: by issuer and subject, never preferred_username.
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.security.oauth2.client.registration.council.client-id=cj-engage",
                "spring.security.oauth2.client.registration.council.client-secret=not-a-real-secret",
                "spring.security.oauth2.client.registration.council.client-name=Council sign-in",
                "spring.security.oauth2.client.registration.council.scope=openid,profile,email",
                "spring.security.oauth2.client.registration.council.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.council.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "spring.security.oauth2.client.provider.council.authorization-uri=http://127.0.0.1:9/authorize",
                "spring.security.oauth2.client.provider.council.token-uri=http://127.0.0.1:9/token",
                "spring.security.oauth2.client.provider.council.jwk-set-uri=http://127.0.0.1:9/jwks",
                "spring.security.oauth2.client.provider.council.user-name-attribute=sub"})
class OidcLoginConfigurationTest {

    @LocalServerPort int port;
    @Autowired ExternalAccountMapping accounts;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired SessionRegistry sessions;
    @Autowired TestData data;

    @Test
    void theSignInPageOffersTheConfiguredProviderAsALinkBesideTheForm() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/oauth2/authorization/council\">Sign in with Council sign-in</a>")
                .contains("<form method=\"post\" action=\"/login\">");
    }

    @Test
    void signingInWithTheProviderRedirectsToItsAuthorizationEndpoint() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/council"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith("http://127.0.0.1:9/authorize").contains("client_id=cj-engage", "scope=openid");
    }

    /** A user as the identity provider describes them (the provider itself is mocked). */
    private static OidcUser fromProvider(String issuer, String subject, String preferredUsername, String email,
                                         Boolean emailVerified) throws Exception {
        OidcUser user = mock(OidcUser.class);
        when(user.getIssuer()).thenReturn(URI.create(issuer).toURL());
        when(user.getSubject()).thenReturn(subject);
        when(user.getPreferredUsername()).thenReturn(preferredUsername);
        when(user.getEmail()).thenReturn(email);
        when(user.getEmailVerified()).thenReturn(emailVerified);
        return user;
    }

    @Test
    void aProviderUserIsLinkedOnceByVerifiedEmailThenFoundByIssuerAndSubject() throws Exception {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        OidcLogin login = new OidcLogin(accounts, publisher, sessions, "/login");
        String issuer = "https://id.council.example";
        String subject = TestData.unique("sub");

        EngagementPrincipal first = login.map(fromProvider(issuer, subject, null, staff.username() + "@example.org", true));
        EngagementPrincipal later = login.map(fromProvider(issuer, subject, "renamed", "new@example.org", false));

        assertThat(first.userId()).isEqualTo(staff.userId());
        assertThat(later.userId()).isEqualTo(staff.userId());
    }

    @Test
    void aPreferredUsernameEqualToAnAccountsUsernameSignsNobodyIn() throws Exception {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        OidcLogin login = new OidcLogin(accounts, publisher, sessions, "/login");

        assertThatThrownBy(() -> login.map(fromProvider("https://id.council.example", TestData.unique("sub"),
                staff.username(), null, null))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> login.map(fromProvider("https://id.council.example", TestData.unique("sub"),
                staff.username(), staff.username() + "@example.org", false)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void anotherIdentityClaimingTheSameVerifiedEmailAfterTheFirstLinkIsRefused() throws Exception {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        OidcLogin login = new OidcLogin(accounts, publisher, sessions, "/login");
        String email = staff.username() + "@example.org";
        login.map(fromProvider("https://id.council.example", TestData.unique("sub"), null, email, true));

        assertThatThrownBy(() -> login.map(fromProvider("https://other-idp.example", TestData.unique("sub"), null,
                email, true))).isInstanceOf(OAuth2AuthenticationException.class);
    }
}
