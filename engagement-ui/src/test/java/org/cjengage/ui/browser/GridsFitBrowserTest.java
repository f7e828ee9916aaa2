package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a 1366 px wide screen the key columns of the plan grid, the distance-travelled list and the assessments
 * overview are all on screen, inside the grid, with each header over its values; people can hide and show
 * columns, and the choice stays when they come back.
 */
class GridsFitBrowserTest extends BrowserTest {

    static final int WIDTH = 1366;

    @Autowired TestData data;
    @Autowired PartnershipRepository partnerships;
    @Autowired ActivityRepository activities;
    @Autowired List<DemoDataContributor> contributors;

    DemoLikeData demo;

    @BeforeEach
    void givenADemoLikePartnershipOnALaptopScreen() {
        demo = DemoLikeData.create(data, partnerships, activities, contributors);
        page.setViewportSize(WIDTH, 900);
        signIn(demo.lead().username(), TestData.PASSWORD);
    }

    @Test
    void thePlanGridShowsItsKeyColumnsIncludingPurposeWithoutCuttingAny() {
        page.navigate(url("plans?plan=" + demo.plan().id()));

        List<Column> columns = columns(page.locator("vaadin-grid").first());
        assertFit(columns, List.of("Delivery", "Activity", "Level", "Focus communities", "Status", "Lead person",
                "Purpose", "Stage", "Planned end"));
        assertThat(page.locator("vaadin-grid").first()).containsText("Increased knowledge and understanding");
        screenshot("grid-plan-1366");
        page.setViewportSize(390, 844);
        screenshot("grid-plan-390");
    }

    @Test
    void theDistanceTravelledListShowsStatusReviewAndLastObserved() {
        page.navigate(url("distance-travelled"));

        List<Column> columns = columns(page.locator("vaadin-grid").first());
        assertFit(columns, List.of("Service name", "Baseline", "Current", "Target", "Distance travelled", "Status",
                "Review", "Last observed"));
        assertThat(page.locator("vaadin-grid").first()).containsText("On track");
        screenshot("grid-services-1366");
    }

    @Test
    void theAssessmentsOverviewFitsAndCanBeSearchedAndSorted() {
        page.navigate(url("assessments"));

        List<Column> columns = columns(page.locator("vaadin-grid").first());
        assertFit(columns, List.of("Activity", "Plan", "Draft", "Submitted", "Approved", "State"));
        screenshot("grid-assessments-1366");

        page.getByLabel("Search activities", new Page.GetByLabelOptions().setExact(true)).fill("victims restorative");
        assertThat(page.getByText("1 of 12 activities shown")).isVisible();
        assertThat(page.locator("vaadin-grid").first()).containsText("restorative justice");

        page.getByLabel("Search activities", new Page.GetByLabelOptions().setExact(true)).fill("");
        assertThat(page.getByText("12 of 12 activities shown")).isVisible();
        page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Activity")).click();
        assertThat(page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Activity")))
                .hasAttribute("direction", java.util.regex.Pattern.compile("asc|desc"));
    }

    @Test
    void peopleChooseThePlanColumnsAndTheChoiceIsKeptWhenTheyComeBack() {
        page.navigate(url("plans?plan=" + demo.plan().id()));
        Locator grid = page.locator("vaadin-grid").first();
        assertThat(headerTexts(grid)).doesNotContain("Methods").contains("Lead person");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Columns")).click();
        page.locator("vaadin-context-menu-item", new Page.LocatorOptions().setHasText("Lead person")).click();
        page.keyboard().press("Escape");
        page.waitForCondition(() -> !headerTexts(grid).contains("Lead person"));

        page.navigate(url("distance-travelled"));
        page.navigate(url("plans?plan=" + demo.plan().id()));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.getByText("12 activities shown")).isVisible();
        assertThat(headerTexts(page.locator("vaadin-grid").first())).doesNotContain("Lead person").contains("Purpose");
    }

    // ------------------------------------------------------------------ helpers

    /** A grid column as drawn: header text, header cell edges, and the edges of its cell in the first row. */
    record Column(String header, double left, double right, double cellLeft, double cellRight, boolean cut) {
    }

    private static List<String> headerTexts(Locator grid) {
        return columns(grid).stream().map(Column::header).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Column> columns(Locator grid) {
        grid.waitFor(new Locator.WaitForOptions().setTimeout(60_000)); // a busy test machine can be slow
        grid.locator("vaadin-grid-cell-content").first().waitFor();
        List<Map<String, Object>> raw = (List<Map<String, Object>>) grid.evaluate("""
                grid => {
                  const root = grid.shadowRoot;
                  const headRows = [...root.querySelectorAll('#header tr')];
                  const head = headRows[headRows.length - 1];
                  const row = [...root.querySelectorAll('#items tr')].find(r => !r.hidden && r.querySelector('td'));
                  const heads = [...head.querySelectorAll('th')].filter(c => !c.hidden);
                  const cells = row ? [...row.querySelectorAll('td')].filter(c => !c.hidden) : [];
                  return heads.map((th, i) => {
                    const content = th.querySelector('slot') ? th.querySelector('slot').assignedElements()[0] : null;
                    const r = th.getBoundingClientRect();
                    const c = cells[i] ? cells[i].getBoundingClientRect() : r;
                    const sorter = content ? content.querySelector('vaadin-grid-sorter') : null;
                    const text = sorter && sorter.shadowRoot ? sorter.shadowRoot.querySelector('[part=content]') : content;
                    const cut = !!text && text.scrollWidth > text.clientWidth + 1;
                    return {header: content ? content.textContent.trim() : '', left: r.left, right: r.right,
                            cellLeft: c.left, cellRight: c.right, cut: cut};
                  });
                }""");
        return raw.stream().map(m -> new Column((String) m.get("header"), number(m.get("left")),
                number(m.get("right")), number(m.get("cellLeft")), number(m.get("cellRight")),
                Boolean.TRUE.equals(m.get("cut")))).toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private void assertFit(List<Column> columns, List<String> keyHeaders) {
        Map<String, Object> gridBox = boxOf(page.locator("vaadin-grid").first());
        double gridRight = number(gridBox.get("right"));
        assertThat(gridRight).isLessThanOrEqualTo(WIDTH);
        for (String header : keyHeaders) {
            Column column = columns.stream().filter(c -> c.header().equals(header)).findFirst()
                    .orElseThrow(() -> new AssertionError("no column " + header + " in " + columns));
            assertThat(column.left()).as(header + " starts on screen").isGreaterThanOrEqualTo(0);
            assertThat(column.cut()).as(header + " header shown in full, not cut with an ellipsis").isFalse();
            assertThat(column.right()).as(header + " ends inside the grid").isLessThanOrEqualTo(gridRight + 0.5);
            assertThat(column.cellLeft()).as(header + " header over its values").isCloseTo(column.left(),
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(column.cellRight()).as(header + " header over its values").isCloseTo(column.right(),
                    org.assertj.core.data.Offset.offset(1.0));
        }
        Object scrolls = page.locator("vaadin-grid").first().evaluate(
                "g => g.shadowRoot.querySelector('#table').scrollWidth > g.shadowRoot.querySelector('#table').clientWidth + 1");
        assertThat(scrolls).as("the grid scrolls sideways").isEqualTo(false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> boxOf(Locator locator) {
        return (Map<String, Object>) locator.evaluate("e => { const r = e.getBoundingClientRect();"
                + " return {left: r.left, right: r.right}; }");
    }
}
