package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, items 9, 10 and 11, probed with raw HTTP as an attacker would: login CSRF, the metrics endpoint, a
 * forged Host header and session ids in URLs. The public address is configured as in production.
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cjengage.public-url=" + WebSecurityTest.PUBLIC_URL)
class WebSecurityTest {

    static final String PUBLIC_URL = "https://engage.example.scot";

    @LocalServerPort int port;
    @Autowired TestData data;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> signIn(String username, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean signedIn(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").matches(".*/(\\?.*)?$");
    }

    @Test
    void aCrossOriginSignInPostWithoutACsrfTokenIsRefusedWithTheRightPassword() throws Exception {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());

        HttpResponse<String> crossOrigin = signIn(user.username(), TestData.PASSWORD, "Origin", "https://evil.example");
        HttpResponse<String> crossSite = signIn(user.username(), TestData.PASSWORD,
                "Origin", PUBLIC_URL, "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> foreignReferer = signIn(user.username(), TestData.PASSWORD,
                "Referer", "https://evil.example/page.html");
        HttpResponse<String> noProof = signIn(user.username(), TestData.PASSWORD);

        assertThat(List.of(crossOrigin, crossSite, foreignReferer, noProof)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        });
    }

    @Test
    void aSignInPostFromTheApplicationsOwnPagesStillWorks() throws Exception {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());

        HttpResponse<String> sameOrigin = signIn(user.username(), TestData.PASSWORD,
                "Origin", PUBLIC_URL, "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> byReferer = signIn(user.username(), TestData.PASSWORD, "Referer", PUBLIC_URL + "/login");

        assertThat(signedIn(sameOrigin)).as("Location %s", sameOrigin.headers().firstValue("Location")).isTrue();
        assertThat(signedIn(byReferer)).isTrue();
    }

    private HttpResponse<String> prometheus(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/actuator/prometheus")).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void prometheusMetricsNeedANationalAdminWhileHealthStaysOpenForProbes() throws Exception {
        EngagementPrincipal partnershipAdmin = data.user(Role.ADMIN, data.partnership().id());
        EngagementPrincipal nationalAdmin = data.user(Role.ADMIN, null);

        HttpResponse<String> anonymous = prometheus();
        HttpResponse<String> wrongPassword = prometheus("Authorization", basic(nationalAdmin.username(), "wrong-one-123"));
        HttpResponse<String> notNational = prometheus("Authorization", basic(partnershipAdmin.username(), TestData.PASSWORD));
        HttpResponse<String> national = prometheus("Authorization", basic(nationalAdmin.username(), TestData.PASSWORD));
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(anonymous.body()).doesNotContain("jvm_");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(notNational.statusCode()).isEqualTo(403);
        assertThat(national.statusCode()).isEqualTo(200);
        assertThat(national.body()).contains("jvm_memory_used_bytes");
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /** A raw request (java.net.http refuses to set Host): status line and headers. */
    private List<String> rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }

    private static String location(List<String> head) {
        return head.stream().filter(h -> h.regionMatches(true, 0, "Location:", 0, 9)).map(h -> h.substring(9).strip())
                .findFirst().orElse("");
    }

    @Test
    void aForgedHostHeaderNeverReachesARedirectWhichUsesThePublicAddress() throws Exception {
        List<String> protectedPage = rawGet("/admin/users", "evil.example");
        List<String> metrics = rawGet("/actuator/prometheus", "evil.example:8443");

        assertThat(protectedPage.getFirst()).contains(" 302");
        assertThat(location(protectedPage)).startsWith(PUBLIC_URL + "/login").doesNotContain("evil");
        assertThat(String.join("\n", metrics)).doesNotContain("evil");
    }

    @Test
    void sessionIdsTravelOnlyInTheCookieNeverInAUrl() throws Exception {
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(uri("/admin/users")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        assertThat(loginPage.body()).doesNotContainIgnoringCase("jsessionid=");
        assertThat(loginPage.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }
}
