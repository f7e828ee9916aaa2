package org.cjengage.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.participation.TrackedServiceRepository;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentRepository;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every main view, filled with demo-like data, checked by axe-core against WCAG 2.2 A and AA
 * (docs/accessibility.md). One sign-in per role; each test reports every violation on every page it visits.
 */
class AccessibilityBrowserTest extends BrowserTest {

    /** True once Vaadin has started and has no request to the server under way. */
    private static final String VAADIN_IDLE = "() => { const clients = Object.values(window.Vaadin?.Flow?.clients ?? {})"
            + ".filter(c => c.isActive); return clients.length > 0 && clients.every(c => !c.isActive()); }";
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 900;
    /** What axe could not decide, written to target/axe-needs-review.tsv for a person to look at. */
    private static final List<String> NEEDS_REVIEW = new CopyOnWriteArrayList<>();
    private static DemoLikeData demo;

    @Autowired TestData data;
    @Autowired PartnershipRepository partnerships;
    @Autowired ActivityRepository activities;
    @Autowired AssessmentRepository assessments;
    @Autowired TrackedServiceRepository services;
    @Autowired List<DemoDataContributor> contributors;

    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void demoLikeData() {
        if (demo == null) {
            demo = DemoLikeData.create(data, partnerships, activities, contributors);
        }
    }

    @AfterAll
    static void writeWhatNeedsReview() throws IOException {
        Files.write(Path.of("target", "axe-needs-review.tsv"), NEEDS_REVIEW);
    }

    @Test
    void theLoginAndPublicPagesHaveNoWcagViolations() {
        checkPlain("login", "Sign in");
        checkPlain("login?error", "Sign in");
        check("p/" + demo.partnership().code(), demo.partnership().name());

        assertNoViolations();
    }

    @Test
    void theStrategyLeadsViewsHaveNoWcagViolations() {
        signIn(demo.lead());
        long activityId = demo.activityIds().get(1);
        long serviceId = services.findAllByPartnershipIdOrderByName(demo.partnership().id()).getFirst().id();

        check("plans?plan=" + demo.plan().id(), "Outline action plan");
        check("activities/" + activityId, "Activity");
        check("activities/" + activityId + "/assessments", "Assessments");
        check("assessments", "Assessments");
        check("assessments/partnership", "Assessments of the partnership as a whole");
        check("distance-travelled", "Distance travelled");
        check("distance-travelled/service/" + serviceId, "Employability pathway");
        check("dashboard", "Dashboard");
        check("statement?plan=" + demo.plan().id(), "Participation statement");
        check("annual-report", "Annual report");
        check("partnership-page", "Partnership information page");
        check("open-data", "Open data");
        check("activities/999999999", "This page cannot be shown");

        assertNoViolations();
    }

    @Test
    void theScoringFormHasNoWcagViolations() {
        signIn(demo.staff());
        Assessment draft = assessments.findAllByActivityIdOrderById(demo.activityIds().get(2)).getFirst();

        check("assessments/" + draft.id(), "Assessment");

        assertNoViolations();
    }

    @Test
    void theAdminsViewsHaveNoWcagViolations() {
        signIn(demo.admin());

        check("admin/users", "Users");
        check("admin/security-events", "Security log");
        check("account/password", "Change password");
        check("admin/users?show=former", "Users");
        check("access-changed", "Your access has changed");

        assertNoViolations();
    }

    @Test
    void theNationalDashboardHasNoWcagViolations() {
        signIn(demo.national());

        check("dashboard/national", "National dashboard");

        assertNoViolations();
    }

    private void signIn(EngagementPrincipal user) {
        signIn(user.username(), TestData.PASSWORD);
    }

    /**
     * Opens a page (whose title must start with {@code title}, so an error page is never checked in its place),
     * waits until the server is done and every chart is drawn, makes the window as tall as the view (so axe
     * measures everything without scrolling) and collects axe's violations.
     */
    private void check(String path, String title) {
        page.setViewportSize(WIDTH, HEIGHT);
        page.navigate(url(path));
        page.waitForFunction(VAADIN_IDLE);
        assertThat(page.title()).as("title of /" + path).startsWith(title);
        page.waitForFunction("() => [...document.querySelectorAll('.cje-chart')]"
                + ".every(c => c.getAttribute('data-rendered') === 'true')");
        Number viewHeight = (Number) page.evaluate("() => Math.max(...[...document.querySelectorAll("
                + "'vaadin-app-layout > :not([slot]), body > *')].map(e => e.getBoundingClientRect().top + e.scrollHeight))");
        page.setViewportSize(WIDTH, Math.max(HEIGHT, (int) Math.ceil(viewHeight.doubleValue())));
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForFunction(VAADIN_IDLE);
        AxeCheck.Findings findings = AxeCheck.check(page, "/" + path);
        violations.addAll(findings.violations());
        int mains = page.getByRole(AriaRole.MAIN).count();
        if (mains != 1) {
            violations.add("/" + path + ": " + mains + " main landmarks instead of one (axe's best-practice rule"
                    + " landmark-one-main; landmarks let screen-reader users skip the navigation, WCAG 2.4.1)");
        }
        NEEDS_REVIEW.addAll(findings.needsReview());
    }

    /** As {@link #check}, for a page without Vaadin (the sign-in page is plain HTML). */
    private void checkPlain(String path, String title) {
        page.setViewportSize(WIDTH, HEIGHT);
        page.navigate(url(path));
        assertThat(page.title()).as("title of /" + path).startsWith(title);
        AxeCheck.Findings findings = AxeCheck.check(page, "/" + path);
        violations.addAll(findings.violations());
        NEEDS_REVIEW.addAll(findings.needsReview());
        int mains = page.getByRole(AriaRole.MAIN).count();
        if (mains != 1) {
            violations.add("/" + path + ": " + mains + " main landmarks instead of one");
        }
    }

    private void assertNoViolations() {
        assertThat(violations).as("WCAG 2.2 A/AA violations found by axe-core").isEmpty();
    }
}
