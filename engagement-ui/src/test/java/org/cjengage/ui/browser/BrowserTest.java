package org.cjengage.ui.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.cjengage.app.EngagementApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of real-browser tests: the whole application on a random port, driven by Playwright in Debian's
 * Chromium ({@code /usr/bin/chromium}, override with {@code CHROMIUM_PATH}). One browser per test class,
 * a fresh context (cookies, session) per test. Published in engagement-ui's test-jar: a host application's browser
 * test extends it and names its own application with {@code @SpringBootTest(classes = ...)}
 * (examples/host-app, {@code HostBrowserTest}).
 */
@SpringBootTest(classes = EngagementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException("Browser tests need Chromium at " + chromium
                    + " (Debian: apt-get install chromium chromium-driver; .ci/run installs it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"))); // Playwright gives each launch a fresh profile
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    /**
     * Another browser context (own cookies, so a second signed-in person) for tests with two sessions; the test
     * closes it.
     */
    protected BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1400, 900));
        created.setDefaultTimeout(20_000);
        return created;
    }

    /** Signs in on the given page (of another context) and waits for the application shell. */
    protected void signIn(Page on, String username, String password) {
        on.navigate(url("login"));
        on.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        on.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        on.waitForURL(u -> !u.contains("/login"));
        on.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens the login page, signs in and waits for the application shell. */
    protected void signIn(String username, String password) {
        signIn(page, username, password);
    }

    /**
     * Picks an option of the open select or combo box and waits until its list has closed: during the closing
     * animation its options are still visible, and the next list's option of the same name would be ambiguous.
     */
    protected void choose(String option, boolean exact) {
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(exact)).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByRole(AriaRole.OPTION))
                .hasCount(0);
    }

    /** Screenshot for looking at a page while writing a test (not used for assertions). */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
