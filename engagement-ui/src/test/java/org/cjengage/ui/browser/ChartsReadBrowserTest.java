package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Charts read as drawn in Chromium, on a laptop and on a phone: no text of a radar is cut off by the chart's edge,
 * the rings carry their values, the comparison opens on a framework that has results, and a service with no
 * observation yet shows a date axis in days and months with its target, its status badges apart.
 */
class ChartsReadBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PartnershipRepository partnerships;
    @Autowired ActivityRepository activities;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired AssessmentService assessments;
    @Autowired StandardsCatalogue standards;
    @Autowired DistanceTravelledService participation;

    DemoLikeData demo;

    @BeforeEach
    void givenADemoLikePartnership() {
        demo = DemoLikeData.create(data, partnerships, activities, contributors);
    }

    @Test
    void anActivityScoredOnlyAgainstTheSuccessFactorsOpensOnThemWithEveryLongSpokeNameInsideTheChart() {
        Framework factors = standards.frameworks().stream().filter(f -> f.id().equals("third-sector-success-factors"))
                .findFirst().orElseThrow();
        EngagementActivity activity = activities.save(EngagementActivity.create(demo.plan(),
                ActivityDraft.of("Third sector forum on the plan", "ENGAGE", java.util.Set.of("THIRD_SECTOR"))));
        AsUser.run(demo.lead(), () -> {
            Assessment started = assessments.start(activity.id(), factors.id(), CycleStage.REVIEW);
            List<ScoreInput> inputs = factors.allIndicators().stream()
                    .map(i -> ScoreInput.of(i.code(), 3 + i.code().length() % 3, "Seen at the forum")).toList();
            assessments.submit(started.id(), started.version(), inputs);
        });
        signIn(demo.lead().username(), TestData.PASSWORD);

        for (int width : List.of(1366, 390)) {
            page.setViewportSize(width, 900);
            page.navigate(url("activities/" + activity.id() + "/assessments"));
            Locator chart = page.locator(".cje-chart[data-rendered='true']").first();
            chart.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            assertThat(page.getByLabel("Framework shown", new Page.GetByLabelOptions().setExact(true)))
                    .hasText(factors.title());
            chart.scrollIntoViewIfNeeded();
            look(chart, "radar-success-factors-" + width);

            assertTextsInside(chart);
            List<String> texts = texts(chart);
            assertThat(texts).as("ring values").contains("1", "2", "3", "4", "5", "6");
            assertThat(texts).as("said once, not on each spoke").contains("Planning check: no result")
                    .noneMatch(t -> t.contains("(Planning check"));
        }
    }

    @Test
    void theDashboardRadarKeepsItsLabelsInside() {
        signIn(demo.lead().username(), TestData.PASSWORD);
        page.setViewportSize(1366, 900);
        page.navigate(url("dashboard?partnership=" + demo.partnership().id()));

        Locator radar = page.locator("#dashboard-section-standards-radar .cje-chart[data-rendered='true']");
        radar.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        radar.scrollIntoViewIfNeeded();
        look(radar, "radar-dashboard-1366");
        assertTextsInside(radar);
    }

    @Test
    void aServiceWithNoObservationShowsADateAxisWithItsTargetAndItsBadgesApart() {
        LocalDate today = LocalDate.now();
        TrackedService service = AsUser.call(demo.lead(), () -> participation.createService(demo.partnership().id(),
                new ServiceDraft("Prison visitors' centre", "Families Outside (example)",
                        org.cjengage.core.participation.Sector.THIRD_SECTOR, java.util.Set.of(), 8,
                        today.plusYears(2))));
        signIn(demo.lead().username(), TestData.PASSWORD);
        page.setViewportSize(1366, 900);
        page.navigate(url("distance-travelled/service/" + service.id()));

        Locator chart = page.locator("#journey-chart[data-rendered='true']");
        chart.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        chart.scrollIntoViewIfNeeded();
        look(page.locator("#journey-figures"), "journey-empty-figures");
        look(chart, "journey-empty-chart");
        List<String> texts = texts(chart);
        assertThat(texts).as("no hour-by-hour axis").noneMatch(t -> t.matches(".*\\d{1,2}:\\d{2}.*"));
        assertThat(texts).as("the axis reaches the target year")
                .anyMatch(t -> t.contains(String.valueOf(today.plusYears(2).getYear())));
        assertTextsInside(chart);

        Locator status = page.locator("#figure-status");
        Map<String, Double> first = box(status.locator("span.status-no_baseline"));
        Map<String, Double> second = box(status.locator("span.review-due, span.review-ok").first());
        assertThat(second.get("top")).as("review badge on its own line").isGreaterThanOrEqualTo(first.get("bottom") - 0.5);
    }

    // ------------------------------------------------------------------ helpers

    /** Every piece of text ECharts drew, in the SVG. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Locator chart) {
        return (List<String>) chart.evaluate("c => [...c.querySelectorAll('svg text')].map(t => t.textContent)");
    }

    /** No drawn text reaches past the chart's edges (where the browser would cut it off). */
    @SuppressWarnings("unchecked")
    private static void assertTextsInside(Locator chart) {
        List<Map<String, Object>> outside = (List<Map<String, Object>>) chart.evaluate("""
                c => { const box = c.getBoundingClientRect();
                  return [...c.querySelectorAll('svg text')].map(t => ({text: t.textContent, r: t.getBoundingClientRect()}))
                    .filter(x => x.r.width > 0 && (x.r.left < box.left - 0.5 || x.r.right > box.right + 0.5
                        || x.r.top < box.top - 0.5 || x.r.bottom > box.bottom + 0.5))
                    .map(x => ({text: x.text, left: x.r.left, right: x.r.right, chartLeft: box.left, chartRight: box.right})); }""");
        assertThat(outside).as("chart text cut off at the edge").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> box(Locator locator) {
        Map<String, Object> raw = (Map<String, Object>) locator.evaluate(
                "e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; }");
        return Map.of("top", ((Number) raw.get("top")).doubleValue(), "bottom", ((Number) raw.get("bottom")).doubleValue());
    }

    /** A picture of the chart under target/screenshots, to look at (not used for assertions). */
    private static void look(Locator locator, String name) {
        locator.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
