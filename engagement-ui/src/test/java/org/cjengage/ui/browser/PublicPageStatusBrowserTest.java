package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;

/** The public "page not available" notice answers HTTP 404, not 200. */
class PublicPageStatusBrowserTest extends BrowserTest {

    @Test
    void anUnknownPublicPageAnswers404WithTheNotice() {
        Response response = page.navigate(url("p/NO-SUCH-PARTNERSHIP"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByText("Page not available")).isVisible();
        assertThat(page.navigate(url("p/NO-SUCH-PARTNERSHIP/statement")).status()).isEqualTo(404);
    }
}
