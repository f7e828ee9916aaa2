package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plugin's protections work at its prefixed paths inside the host's own security filter chain. */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostWebSecurityTest {

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void aSignInPostedFromAnotherSiteToThePluginsSignInPageIsRefused() throws Exception {
        HttpResponse<String> response = send(at("/engage/login")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=someone&password=secret")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Sign-in refused");
    }

    @Test
    void thePluginsSignInPageIsPlainHtmlBelowThePrefixWithTheHostsHeadersAndNeverStored() throws Exception {
        HttpResponse<String> page = send(at("/engage/login").GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/engage/login\">", "name=\"_csrf\"",
                "<label for=\"username\">Username</label>").doesNotContain("<script", "!login.");
    }

    @Test
    void aPublicPageBelowThePrefixThatDoesNotExistAnswersNotFound() throws Exception {
        HttpResponse<String> partnership = send(at("/engage/p/NO-SUCH-PARTNERSHIP").GET());
        HttpResponse<String> feedback = send(at("/engage/f/no-such-link").GET());

        assertThat(partnership.statusCode()).isEqualTo(404);
        assertThat(feedback.statusCode()).isEqualTo(404);
    }

    @Test
    void theHostsPagesNeedASignInAtThePluginsSignInPage() throws Exception {
        HttpResponse<String> home = send(at("/").GET());

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("/engage/login");
    }
}
