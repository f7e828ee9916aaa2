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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page over real HTTP, as a browser without JavaScript gets it: plain HTML with the application's
 * security headers, never cached, a form with Spring Security's CSRF token that signs a person in, and one
 * message after any failure. Same application set-up as the browser tests (one shared context).
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginPageHttpTest {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">");
    private static final String FAILED = "Check your username and password and try again.";

    @LocalServerPort int port;
    @Autowired TestData data;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en-GB,en;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the form's _csrf field").isTrue();
        return token.group(1);
    }

    private static String form(String csrf, String username, String password) {
        return "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    @Test
    void theSignInPageIsPlainHtmlWithTheApplicationsSecurityHeadersAndIsNeverStored() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(headers.firstValue("Content-Language")).hasValue("en-GB");
        assertThat(headers.firstValue("Cache-Control")).hasValue("no-store");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(EngagementSecurityConfiguration.DEFAULT_CSP);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.body()).contains("<title>Sign in | CJ Engage</title>", "<form method=\"post\" action=\"/login\">",
                        "<label for=\"username\">Username</label>", "<label for=\"password\">Password</label>")
                .doesNotContain("<script", "/VAADIN/", FAILED, "role=\"alert\"");
        assertThat(csrf(page)).isNotBlank();
    }

    @Test
    void theFormSignsAPersonInWithTheCsrfTokenFromThePage() throws Exception {
        EngagementPrincipal staff = data.user(Role.STAFF, data.partnership().id());
        HttpResponse<String> page = get("/login");

        HttpResponse<String> signedIn = post(form(csrf(page), staff.username(), TestData.PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches("(.*:\\d+)?/"));
        HttpResponse<String> start = get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("/VAADIN/");
    }

    @Test
    void aFailedSignInShowsTheOneMessageOnlyWithErrorAndNeverEchoesWhatWasTyped() throws Exception {
        String typed = "<b>someone-" + TestData.unique("x") + "</b>";
        HttpResponse<String> page = get("/login");

        HttpResponse<String> refused = post(form(csrf(page), typed, "not-the-password"));
        String location = refused.headers().firstValue("Location").orElse("");
        HttpResponse<String> again = get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        HttpResponse<String> hostileQuery = get("/login?error=%3Cscript%3Ealert(1)%3C/script%3E&username=%3Cb%3E");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location).endsWith("/login?error");
        assertThat(again.body()).contains(FAILED, "role=\"alert\"", "aria-describedby=\"login-error\"")
                .doesNotContain(typed, "someone-");
        assertThat(hostileQuery.statusCode()).as("%s", hostileQuery.headers().map()).isEqualTo(200);
        assertThat(hostileQuery.body()).contains(FAILED).doesNotContain("<script", "<b>");
    }
}
