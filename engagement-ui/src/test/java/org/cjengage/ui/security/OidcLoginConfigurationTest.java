package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

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
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * OpenID Connect sign-in switched on by configuration. No identity provider is reachable here, so this checks
 * the wiring (the sign-in redirect goes to the configured provider) and the mapping of a provider's user to an
 * account.
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
    void signingInWithTheProviderRedirectsToItsAuthorizationEndpoint() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/council"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith("http://127.0.0.1:9/authorize").contains("client_id=cj-engage", "scope=openid");
    }

    @Test
    void aProviderUserMapsToTheActiveAccountWithTheSameUsernameOrIsRefused() {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        OidcLogin login = new OidcLogin(accounts, publisher, sessions);

        EngagementPrincipal mapped = login.map(oidcUser(Map.of("sub", "x1", "preferred_username", staff.username())));
        assertThat(mapped.userId()).isEqualTo(staff.userId());

        EngagementPrincipal byEmail = login.map(oidcUser(Map.of("sub", "x2", "email",
                staff.username() + "@example.org", "email_verified", true)));
        assertThat(byEmail.userId()).isEqualTo(staff.userId());

        assertThatThrownBy(() -> login.map(oidcUser(Map.of("sub", "x3", "preferred_username", "nobody-here"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static DefaultOidcUser oidcUser(Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(java.util.List.of(), token, "sub");
    }
}
