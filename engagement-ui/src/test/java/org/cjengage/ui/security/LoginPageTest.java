package org.cjengage.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.cjengage.ui.i18n.EngagementMessages;
import org.junit.jupiter.api.Test;

/** The sign-in page's HTML, from the plugin's own texts (no Spring, no browser). */
class LoginPageTest {

    private static final EngagementMessages MESSAGES = EngagementMessages.load();
    private static final BiFunction<String, Object[], String> TEXTS =
            (key, args) -> MESSAGES.bundles().text(key, Locale.UK, args);
    private static final LoginPage.Csrf CSRF = new LoginPage.Csrf("_csrf", "token-123");

    private static String page(boolean failed, List<LoginPage.Provider> providers) {
        return new LoginPage(Locale.UK, TEXTS, "/engage/login", CSRF, failed, providers).html();
    }

    @Test
    void thePageHasTheApplicationsTitleIntroLabelsAndAFormPostingToTheSignInPathWithTheCsrfToken() {
        String html = page(false, List.of());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">")
                .contains("<title>Sign in | CJ Engage</title>")
                .contains("<h1>CJ Engage</h1>", "Plan community engagement and track its impact.")
                .contains("<form method=\"post\" action=\"/engage/login\">")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-123\">")
                .contains("<label for=\"username\">Username</label>", "<label for=\"password\">Password</label>")
                .contains("name=\"username\" type=\"text\" required autocomplete=\"username\"")
                .contains("name=\"password\" type=\"password\" required autocomplete=\"current-password\"")
                .contains("<button type=\"submit\">Sign in</button>")
                .doesNotContain("<script", "role=\"alert\"", "aria-describedby", "Sign-in failed", "<a ");
    }

    @Test
    void afterAFailedSignInOneMessageIsAnnouncedAndLinkedToBothFields() {
        String html = page(true, List.of());

        assertThat(html).contains("<div id=\"login-error\" class=\"error\" role=\"alert\">")
                .contains("Sign-in failed", "Check your username and password and try again. After several failed"
                        + " attempts, sign-in is paused for a while.");
        assertThat(html.split("aria-describedby=\"login-error\"", -1)).hasSize(3);
    }

    @Test
    void eachConfiguredIdentityProviderIsOfferedAsALink() {
        String html = page(false, List.of(new LoginPage.Provider("Council sign-in", "/oauth2/authorization/council")));

        assertThat(html).contains("<a href=\"/oauth2/authorization/council\">Sign in with Council sign-in</a>");
    }

    @Test
    void everyTextAndAddressIsEscapedSoNothingBecomesMarkup() {
        Map<String, String> hostile = Map.of("app.name", "CJ <b>Engage</b>", "login.intro", "Tom & \"Jerry\" 's");
        BiFunction<String, Object[], String> texts = (key, args) -> hostile.getOrDefault(key, TEXTS.apply(key, args));
        String html = new LoginPage(Locale.UK, texts, "/x\"><script>alert(1)</script>", CSRF, true,
                List.of(new LoginPage.Provider("<img src=x onerror=alert(1)>", "/oauth2/authorization/a\"b"))).html();

        assertThat(html).doesNotContain("<b>", "<script", "<img", "a\"b", "x\">")
                .contains("CJ &lt;b&gt;Engage&lt;/b&gt;", "Tom &amp; &quot;Jerry&quot; &#39;s")
                .contains("action=\"/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("Sign in with &lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void whileTheApplicationStartsThePageSaysSoWithAPlainLinkToTryAgainAndHasNoFormNoScriptAndNoRefresh() {
        String html = new LoginPage(Locale.UK, TEXTS, "/engage/login", CSRF, true,
                List.of(new LoginPage.Provider("Council sign-in", "/oauth2/authorization/council")), true).html();

        assertThat(html).contains("<title>Not ready yet | CJ Engage</title>", "<h2 id=\"login-title\">Sign in</h2>")
                .contains("<div id=\"login-starting\" class=\"starting\" role=\"status\">")
                .contains("CJ Engage is starting and will be ready in a few seconds. You can sign in once it is ready.")
                .contains("<a href=\"/engage/login\">Try again</a>")
                .doesNotContain("<form", "<input", "Sign-in failed", "role=\"alert\"", "Council sign-in", "<script",
                        "http-equiv");
    }

    @Test
    void withoutCsrfProtectionInTheChainTheFormHasNoTokenField() {
        String html = new LoginPage(Locale.UK, TEXTS, "/login", null, false, List.of()).html();

        assertThat(html).doesNotContain("type=\"hidden\"").contains("action=\"/login\"");
    }

    @Test
    void theLanguageIsTheBrowsersFirstThatTheTranslationsHaveExactlyThenByLanguageElseTheirFirst() {
        Locale gaelic = Locale.of("gd");
        List<Locale> offered = List.of(Locale.UK, gaelic);

        assertThat(LoginPageServlet.language(List.of(Locale.of("gd", "GB"), Locale.UK), offered)).isEqualTo(Locale.UK);
        assertThat(LoginPageServlet.language(List.of(Locale.of("gd", "GB"), Locale.FRENCH), offered)).isEqualTo(gaelic);
        assertThat(LoginPageServlet.language(List.of(Locale.US), offered)).isEqualTo(Locale.UK);
        assertThat(LoginPageServlet.language(List.of(Locale.FRENCH), offered)).isEqualTo(Locale.UK);
    }
}
