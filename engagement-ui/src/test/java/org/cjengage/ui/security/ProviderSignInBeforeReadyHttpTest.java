package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.cjengage.app.EngagementApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A sign-in with an identity provider (OpenID Connect switched on by configuration, as in
 * {@link OidcLoginConfigurationTest}: the same application) before the application is ready, over real HTTP: the
 * redirect to the provider and the provider's answer both get the "starting" page with 503 and {@code Retry-After},
 * like the sign-in form's post. The test moves the application's real readiness state and puts it back.
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
class ProviderSignInBeforeReadyHttpTest {

    private static final String STARTING = "CJ Engage is starting and will be ready in a few seconds.";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    private void starting() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en-GB").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertStartingPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).contains(STARTING, "<a href=\"/login\">Try again</a>")
                .doesNotContain("<form", "/oauth2/authorization/council");
    }

    @Test
    void aProviderSignInStartedBeforeTheApplicationIsReadyGetsTheStartingPageNotARedirectToTheProvider()
            throws Exception {
        starting();

        HttpResponse<String> response = get("/oauth2/authorization/council");

        assertStartingPage(response);
    }

    @Test
    void theProvidersAnswerArrivingBeforeTheApplicationIsReadyGetsTheStartingPageAndSignsNobodyIn() throws Exception {
        starting();

        HttpResponse<String> response = get("/login/oauth2/code/council?code=a-code&state=a-state");

        assertStartingPage(response);
        assertThat(get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void onceTheApplicationIsReadyTheProviderSignInRedirectsToTheProviderAgain() throws Exception {
        starting();
        HttpResponse<String> early = get("/oauth2/authorization/council");
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        HttpResponse<String> ready = get("/oauth2/authorization/council");

        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(ready.statusCode()).isEqualTo(302);
        assertThat(ready.headers().firstValue("Location")).get().asString().startsWith("http://127.0.0.1:9/authorize");
    }

    @Test
    void whileStartingOtherPagesAreNotTakenForAProviderSignIn() throws Exception {
        starting();

        HttpResponse<String> other = get("/oauth2/elsewhere");

        assertThat(other.statusCode()).isNotEqualTo(503);
    }
}
