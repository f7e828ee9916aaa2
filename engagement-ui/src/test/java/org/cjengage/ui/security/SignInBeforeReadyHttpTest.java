package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The sign-in page before the application is ready, over real HTTP. On a first start the demo accounts are created
 * after the web server starts; until Spring Boot's readiness state is {@code ACCEPTING_TRAFFIC} the page says the
 * service is starting and a sign-in is answered 503 with {@code Retry-After}, never "wrong username or password".
 * The test moves the application's real readiness state (as Spring Boot does during start-up and shutdown) and
 * puts it back after each test.
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBeforeReadyHttpTest {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">");
    private static final String STARTING = "CJ Engage is starting and will be ready in a few seconds.";
    private static final String FAILED = "Check your username and password and try again.";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired ApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    private static void starting(ApplicationContext context) {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en-GB").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String csrf, String username, String password, String origin) throws Exception {
        String form = (csrf == null ? "" : "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&")
                + "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en-GB")
                .header("Origin", origin).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the form's _csrf field").isTrue();
        return token.group(1);
    }

    @Test
    void beforeTheApplicationIsReadyTheSignInPageSaysItIsStartingWithA503RetryAfterAndTheAppsHeaders() throws Exception {
        starting(context);

        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(EngagementSecurityConfiguration.DEFAULT_CSP);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.body()).contains(STARTING, "role=\"status\"", "<a href=\"/login\">Try again</a>")
                .doesNotContain("<form", "<script", FAILED);
    }

    @Test
    void aSignInPostedBeforeTheApplicationIsReadyIsAnswered503WithTheStartingMessageNotAFalseFailure() throws Exception {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        String token = csrf(get("/login"));
        starting(context);

        HttpResponse<String> early = signIn(token, staff.username(), TestData.PASSWORD, "http://localhost:" + port);

        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(early.headers().firstValue("Location")).isEmpty();
        assertThat(early.body()).contains(STARTING).doesNotContain(FAILED);
        assertThat(get("/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aForeignSignInPostIsStillRefusedByTheOriginCheckWhileStarting() throws Exception {
        starting(context);

        HttpResponse<String> foreign = signIn(null, "someone", "anything", "https://elsewhere.example");

        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void onceTheApplicationIsReadyTheSameSignInSucceedsAndThePageHasItsForm() throws Exception {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        starting(context);
        HttpResponse<String> early = get("/login");
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        HttpResponse<String> page = get("/login");
        HttpResponse<String> signedIn = signIn(csrf(page), staff.username(), TestData.PASSWORD, "http://localhost:" + port);

        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/login\">").doesNotContain(STARTING);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches("(.*:\\d+)?/"));
    }
}
