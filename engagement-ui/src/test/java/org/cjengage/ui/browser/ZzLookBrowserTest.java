package org.cjengage.ui.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.participation.TrackedServiceRepository;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.scoring.AssessmentRepository;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Throw-away: screenshots of the changed screens at 1366 px and phone width (not committed). */
class ZzLookBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PartnershipRepository partnerships;
    @Autowired ActivityRepository activities;
    @Autowired AssessmentRepository assessments;
    @Autowired TrackedServiceRepository services;
    @Autowired List<DemoDataContributor> contributors;

    @Test
    void look() {
        DemoLikeData demo = DemoLikeData.create(data, partnerships, activities, contributors);
        long activityId = demo.activityIds().get(1);
        long serviceId = services.findAllByPartnershipIdOrderByName(demo.partnership().id()).getFirst().id();
        long draftId = assessments.findAllByActivityIdOrderById(demo.activityIds().get(2)).getFirst().id();
        signIn(demo.staff().username(), TestData.PASSWORD);
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, 900);
            shot("activities/" + activityId, "activity-staff-" + width);
            shot("assessments", "assessments-" + width);
            shot("assessments/partnership", "partnership-assessments-" + width);
            shot("distance-travelled", "services-" + width);
            shot("distance-travelled/service/" + serviceId, "journey-" + width);
            shot("assessments/" + draftId, "assessment-" + width);
            page.getByLabel("Score for indicator 1a", new Page.GetByLabelOptions().setExact(true)).click();
            choose("2 Weak", true);
            page.waitForTimeout(500);
            screenshot("assessment-live-" + width);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the activity's assessments")).click();
            page.waitForTimeout(800);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "assessment-leave-" + width + ".png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave without saving")).click();
            page.waitForTimeout(500);
            shot("activities/" + activityId, "activity-picker-" + width);
            page.getByLabel("Actual start", new Page.GetByLabelOptions().setExact(true)).click();
            page.waitForTimeout(800);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "datepicker-" + width + ".png")));
            page.keyboard().press("Escape");
        }
        context.clearCookies();
        signIn(demo.lead().username(), TestData.PASSWORD);
        for (int width : new int[] {1366, 390}) {
            page.setViewportSize(width, 900);
            shot("annual-report?year=2025", "annual-report-2025-" + width);
            if (width == 1366) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish on the public page")).click();
                page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Publish on the public page")).click();
                page.waitForTimeout(1500);
                screenshot("annual-report-published-" + width);
            }
            shot("annual-report", "annual-report-running-" + width);
            shot("p/" + demo.partnership().code(), "public-" + width);
            shot("p/NO-SUCH", "public-404-" + width);
            shot("p/" + demo.partnership().code() + "/annual-report", "public-report-" + width);
        }
    }

    private void shot(String path, String name) {
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForFunction("() => { const clients = Object.values(window.Vaadin?.Flow?.clients ?? {})"
                + ".filter(c => c.isActive); return clients.length > 0 && clients.every(c => !c.isActive()); }");
        page.waitForTimeout(1500);
        screenshot(name);
    }
}
