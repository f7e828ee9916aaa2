package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.participation.TrackedServiceRepository;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.StrategyLayoutFixture;
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
 * On a phone (390 px) an assessment's results and the grids reflow (WCAG 2.2, 1.4.10): nothing scrolls sideways,
 * not the page, not the table or grid, every figure is on screen beside its name, and the row's link or action works
 * by keyboard; on a laptop the results stay one table and the grids keep their columns side by side.
 */
class PhoneReflowBrowserTest extends BrowserTest {

    static final String ACTIVITY = "Phone reflow check with the youth forum";

    @Autowired TestData data;
    @Autowired PartnershipRepository partnerships;
    @Autowired ActivityRepository activities;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired AssessmentService assessments;
    @Autowired StandardsCatalogue standards;
    @Autowired TrackedServiceRepository services;
    @Autowired PlanService plans;
    @Autowired ParticipationStatementService statements;

    DemoLikeData demo;
    Assessment submitted;

    @BeforeEach
    void givenAnActivityWithASubmittedAssessmentScoredThreeThroughout() {
        demo = DemoLikeData.create(data, partnerships, activities, contributors);
        Framework national = standards.nationalStandards();
        EngagementActivity activity = activities.save(EngagementActivity.create(demo.plan(),
                ActivityDraft.of(ACTIVITY, "ENGAGE", Set.of("THIRD_SECTOR"))));
        submitted = AsUser.call(demo.staff(), () -> {
            Assessment started = assessments.start(activity.id(), national.id(), CycleStage.PLANNING_CHECK);
            List<ScoreInput> inputs = national.allIndicators().stream()
                    .map(i -> ScoreInput.of(i.code(), 3, "Seen at the forum")).toList();
            return assessments.submit(started.id(), started.version(), inputs);
        });
        signIn(demo.lead().username(), TestData.PASSWORD);
    }

    @Test
    void onAPhoneTheResultsAreOneCardPerStandardWithEveryFigureBesideItsNameAndNothingScrollsSideways() {
        page.setViewportSize(390, 844);
        page.navigate(url("assessments/" + submitted.id()));

        Locator table = page.locator(".scoring-results-table table");
        table.waitFor();
        assertNothingScrollsSideways(table);
        assertAllInsideTheScreen(table.locator("th, td"));
        Locator overall = table.locator("tbody tr").last();
        assertThat(overall.locator("th")).hasText("Overall");
        assertThat(overall.locator("td").first()).isVisible();
        assertThat(overall.locator("td").first()).hasText("3.0");
        assertThat(overall.locator("td").first()).hasAttribute("data-label", "Mean");
        // the roles the browser may drop from a table drawn as blocks, set by the page (DataTable.LABEL_SCRIPT)
        assertThat(overall.locator("td").first()).hasAttribute("role", "cell");
        assertThat(overall.locator("th")).hasAttribute("role", "rowheader");
        assertThat(table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Mean")))
                .hasCount(1); // still a table with its column headers for screen readers
        assertThat(AxeCheck.check(page, "/assessments/id at 390 px").violations()).isEmpty();
        screenshot("reflow-results-390");
    }

    @Test
    void onALaptopTheResultsStayOneTableWithItsColumnsSideBySide() {
        page.setViewportSize(1366, 900);
        page.navigate(url("assessments/" + submitted.id()));

        Locator firstRow = page.locator(".scoring-results-table tbody tr").first();
        firstRow.waitFor();
        List<Double> tops = firstRow.locator("th, td").all().stream().map(c -> c.boundingBox().y).toList();
        assertThat(tops).hasSize(5).allSatisfy(top -> assertThat(top).isEqualTo(tops.getFirst()));
        assertThat(page.locator(".scoring-results-table thead th").first()).isVisible();
        screenshot("reflow-results-1366");
    }

    @Test
    void onAPhoneTheOverviewShowsEachActivityWithItsFiguresAndNothingScrollsSideways() {
        page.setViewportSize(390, 844);
        page.navigate(url("assessments"));
        page.getByLabel("Search activities", new Page.GetByLabelOptions().setExact(true)).fill("phone reflow");
        assertThat(page.getByText("1 of 13 activities shown")).isVisible();

        Locator grid = page.locator("vaadin-grid").first();
        Locator summary = grid.locator(".scoring-overview-summary").first();
        assertThat(summary).containsText(ACTIVITY);
        for (String figure : List.of("Plan: " + demo.plan().title(), "Draft: 0", "Submitted: 1", "Approved: 0",
                "State: In progress")) {
            Locator shown = summary.getByText(figure, new Locator.GetByTextOptions().setExact(true));
            assertThat(shown).isVisible();
            assertAllInsideTheScreen(shown);
        }
        assertNothingScrollsSideways(grid);
        assertThat(AxeCheck.check(page, "/assessments at 390 px").violations()).isEmpty();
        screenshot("reflow-overview-390");

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ACTIVITY)).focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("activities/" + submitted.activityId() + "/assessments"));
    }

    @Test
    void theOverviewGetsItsColumnsBackWhenTheScreenWidens() {
        page.setViewportSize(390, 844);
        page.navigate(url("assessments"));
        Locator grid = page.locator("vaadin-grid").first();
        assertThat(grid.locator(".scoring-overview-summary").first()).isVisible();

        page.setViewportSize(1366, 900);
        assertThat(grid.locator(".scoring-overview-summary")).hasCount(0);
        assertThat(grid.locator("vaadin-grid-sorter", new Locator.LocatorOptions().setHasText("Submitted")))
                .isVisible();
        assertNothingScrollsSideways(grid);
    }

    @Test
    void onAPhoneThePlanShowsEachActivityWithItsChosenColumnsNamedAndNothingScrollsSideways() {
        page.setViewportSize(390, 844);
        page.navigate(url("plans?plan=" + demo.plan().id()));
        page.getByLabel("Search activities", new Page.GetByLabelOptions().setExact(true)).fill("phone reflow");

        Locator grid = page.locator("vaadin-grid").first();
        Locator summary = grid.locator(".plan-activity-summary", new Locator.LocatorOptions().setHasText(ACTIVITY));
        assertThat(summary).isVisible();
        for (String line : List.of("Delivery: ", "Level: ", "Focus communities: ", "Status: ")) {
            Locator shown = summary.locator("span", new Locator.LocatorOptions()
                    .setHasText(java.util.regex.Pattern.compile("^" + line + "\\S"))).first();
            assertThat(shown).isVisible();
            assertAllInsideTheScreen(shown);
        }
        assertThat(summary).not().containsText("Planned start: "); // not chosen in the column menu
        assertThat(grid.locator("vaadin-grid-sorter:visible", new Locator.LocatorOptions().setHasText("Status"))).hasCount(0);
        assertThat(grid.locator("vaadin-grid-sorter", new Locator.LocatorOptions().setHasText("Activity")))
                .isVisible(); // still sortable by activity
        assertNothingScrollsSideways(grid);
        assertThat(AxeCheck.check(page, "/plans at 390 px").violations()).isEmpty();
        summary.scrollIntoViewIfNeeded();
        screenshot("reflow-plan-390");

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ACTIVITY)).focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/activities/\\d+$"));
    }

    @Test
    void thePlanGetsItsChosenColumnsBackWhenTheScreenWidens() {
        page.setViewportSize(390, 844);
        page.navigate(url("plans?plan=" + demo.plan().id()));
        page.getByLabel("Search activities", new Page.GetByLabelOptions().setExact(true)).fill("phone reflow");
        Locator grid = page.locator("vaadin-grid").first();
        assertThat(grid.locator(".plan-activity-summary").first()).isVisible();

        page.setViewportSize(1366, 900);
        assertThat(grid.locator(".plan-activity-summary:visible")).hasCount(0);
        for (String header : List.of("Level", "Status", "Lead", "Stage")) {
            assertThat(grid.locator("vaadin-grid-sorter:visible", new Locator.LocatorOptions().setHasText(header))
                    .first()).isVisible();
        }
        assertThat(grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ACTIVITY))).isVisible();
        assertNothingScrollsSideways(grid);
        screenshot("reflow-plan-1366");
    }

    @Test
    void onAPhoneTheDistanceTravelledListShowsEachServiceWithItsColumnsNamedAndItsLinkWorksByKeyboard() {
        page.setViewportSize(390, 844);
        page.navigate(url("distance-travelled"));

        Locator summary = reflowed(page.locator("vaadin-grid").first(), "services-summary", "/distance-travelled",
                "Sector: ", "Baseline: ", "Current: ", "Target: ", "Distance travelled: ", "Status: ", "Review: ",
                "Last observed: ");
        screenshot("reflow-services-390");

        summary.getByRole(AriaRole.LINK).first().focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("/distance-travelled/service/"));
    }

    @Test
    void onAPhoneTheObservationHistoryShowsEachObservationWithItsColumnsNamedAndItsCorrectButtonWorksByKeyboard() {
        page.setViewportSize(390, 844);
        page.navigate(url("distance-travelled/service/" + firstService()));

        Locator summary = reflowed(page.locator("#observation-history"), "observation-summary",
                "/distance-travelled/service/id", "Stage: ", "Evidence", "Recorded by: ");
        summary.scrollIntoViewIfNeeded();
        screenshot("reflow-history-390");

        summary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Correct the observation of "))).focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText(java.util.regex.Pattern.compile("^Correcting the observation of "))).isVisible();
    }

    @Test
    void onAPhoneTheAssessmentListsShowEachAssessmentWithItsColumnsNamedAndTheOpenLinkWorksByKeyboard() {
        page.setViewportSize(390, 844);
        page.navigate(url("activities/" + submitted.activityId() + "/assessments"));
        Locator summary = reflowed(page.locator("vaadin-grid").first(), "assessment-summary",
                "/activities/id/assessments", "Stage: Planning check", "Framework (version): ", "Status: Submitted",
                "Overall mean: 3.0");
        screenshot("reflow-activity-assessments-390");
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open")).focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/assessments/" + submitted.id()));

        page.navigate(url("assessments/partnership"));
        Locator partnership = reflowed(page.locator("vaadin-grid").first(), "assessment-summary",
                "/assessments/partnership", "Stage: ", "Framework (version): ", "Status: ");
        screenshot("reflow-partnership-assessments-390");
        partnership.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open")).focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/assessments/\\d+$"));
    }

    @Test
    void onAPhoneTheStatementsVersionsShowEachVersionWithItsColumnsNamedAndItsLinkWorksByKeyboard() {
        // a second version with a title longer than a phone's line: its line wraps instead of being cut off
        long planId = demo.plan().id();
        StatementDraft draft = AsUser.call(demo.lead(), () -> statements.draft(planId));
        StatementDraft saved = AsUser.call(demo.lead(), () -> statements.saveDraft(planId, draft.version(),
                new StatementDraft.StatementContent("Participation statement of the community justice partnership for"
                        + " the whole of the plan's period, with every community's voice", draft.sections())));
        AsUser.call(demo.lead(), () -> statements.publish(planId, saved.version()));
        page.setViewportSize(390, 844);
        page.navigate(url("statement?plan=" + planId));
        Locator grid = page.locator("vaadin-grid").first();
        Locator summary = reflowed(grid, "statement-version-summary", "/statement", "Published on: ",
                "Title: Participation statement of the community justice partnership", "Published by: ");
        grid.scrollIntoViewIfNeeded();
        screenshot("reflow-statement-390");

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Version 2")).focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("version="));
    }

    @Test
    void onALaptopTheReflowingGridsKeepTheirColumnsSideBySide() {
        page.setViewportSize(1366, 900);
        page.navigate(url("distance-travelled"));
        wide(page.locator("vaadin-grid").first(), "services-summary", "Sector", "Baseline", "Distance travelled",
                "Last observed");
        screenshot("reflow-services-1366");
        page.navigate(url("distance-travelled/service/" + firstService()));
        wide(page.locator("#observation-history"), "observation-summary", "Stage", "Evidence", "Recorded by",
                "Actions");
        page.locator("#observation-history").scrollIntoViewIfNeeded();
        screenshot("reflow-activity-history-1366");
        page.navigate(url("activities/" + submitted.activityId() + "/assessments"));
        wide(page.locator("vaadin-grid").first(), "assessment-summary", "Stage", "Framework (version)", "Status",
                "Open");
        screenshot("reflow-activity-assessments-1366");
        page.navigate(url("assessments/partnership"));
        wide(page.locator("vaadin-grid").first(), "assessment-summary", "Stage", "Overall mean", "Open");
        screenshot("reflow-partnership-assessments-1366");
        page.navigate(url("statement?plan=" + demo.plan().id()));
        wide(page.locator("vaadin-grid").first(), "statement-version-summary", "Published on", "Title",
                "Published by");
        screenshot("reflow-statement-1366");
    }

    @Test
    void onAPhoneTheUsersShowEachPersonWithTheirColumnsNamedAndTheLinkWorksByKeyboardAndOnALaptopTheColumnsStay() {
        context.clearCookies();
        signIn(demo.admin().username(), TestData.PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(url("admin/users"));
        Locator grid = page.locator("vaadin-grid").first();
        Locator summary = reflowed(grid, "users-summary", "/admin/users", "Username: ", "E-mail: ",
                "Partnerships and roles: ", "Status: ");
        screenshot("reflow-users-390");
        summary.getByRole(AriaRole.LINK).first().focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("user="));

        page.setViewportSize(1366, 900);
        page.navigate(url("admin/users"));
        wide(page.locator("vaadin-grid").first(), "users-summary", "Username", "E-mail", "Partnerships and roles",
                "Status");
        screenshot("reflow-users-1366");
    }

    @Test
    void onAPhoneTheSecurityLogShowsEachEventWithItsColumnsNamedAndOnALaptopTheColumnsStay() {
        context.clearCookies();
        signIn(demo.admin().username(), TestData.PASSWORD); // the sign-in itself is an event in the log
        page.setViewportSize(390, 844);
        page.navigate(url("admin/security-events"));
        Locator grid = page.locator("vaadin-grid").first();
        reflowed(grid, "security-events-summary", "/admin/security-events", "Event: ", "User: ");
        screenshot("reflow-security-events-390");

        page.setViewportSize(1366, 900);
        page.navigate(url("admin/security-events"));
        wide(page.locator("vaadin-grid").first(), "security-events-summary", "Time", "Event", "User", "By",
                "Partnership", "Details");
        screenshot("reflow-security-events-1366");
    }

    @Test
    void onAPhoneAnActivitysChangeHistoryShowsEachChangeWithItsColumnsNamedAndOnALaptopTheColumnsStay() {
        long activityId = AsUser.call(demo.lead(), () -> {
            EngagementActivity created = plans.createActivity(demo.plan().id(),
                    ActivityDraft.of("Drop-in at the library", "ENGAGE", Set.of("THIRD_SECTOR")));
            return plans.updateActivity(created.id(), created.version(),
                    ActivityDraft.of("Drop-in at the central library", "ENGAGE", Set.of("THIRD_SECTOR"))).id();
        });
        page.setViewportSize(390, 844);
        page.navigate(url("activities/" + activityId));
        openChangeHistory("activity-history-closed-390");
        Locator grid = page.locator("#activity-history");
        grid.scrollIntoViewIfNeeded();
        reflowed(grid, "history-summary", "/activities/" + activityId, "Who: ", "What: ", "Before: ", "After: ");
        screenshot("reflow-change-history-390");

        page.setViewportSize(1366, 900);
        page.navigate(url("activities/" + activityId));
        openChangeHistory("activity-history-closed-1366");
        Locator wideGrid = page.locator("#activity-history");
        wideGrid.scrollIntoViewIfNeeded();
        wide(wideGrid, "history-summary", "When", "Who", "What", "Before", "After");
        screenshot("reflow-change-history-1366");
    }

    /** The activity's change history is behind a toggle (read when opened): opened as a person would, by its button. */
    private void openChangeHistory(String screenshotClosed) {
        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changes to this activity"));
        toggle.scrollIntoViewIfNeeded();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertNothingScrollsSideways(toggle);
        screenshot(screenshotClosed);
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
    }

    @Test
    void onAPhoneTheOpenDataImportsProblemsShowEachProblemUnderItsPlaceAndOnALaptopTheColumnsStay() {
        var empty = data.partnership();
        var admin = data.user(org.cjengage.core.security.Role.ADMIN, empty.id());
        byte[] refused = """
                {"schema":"https://cjengage.org/schemas/open-data/v1.schema.json","schemaVersion":"1.0",
                 "exportedAt":"2026-12-06T09:00:00Z","partnership":{"code":"P","name":"P"},"plans":[{"ref":"plan-1",
                 "title":"Imported","periodStart":"2025-04-01","periodEnd":"2028-03-31","activities":[
                 {"ref":"activity-2","description":"","level":"SHOUT","status":"DONE"}]}]}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        context.clearCookies();
        signIn(admin.username(), TestData.PASSWORD);
        for (int width : new int[] {390, 1366}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.navigate(url("open-data"));
            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new com.microsoft.playwright.options.FilePayload("refused.json", "application/json", refused));
            Locator importButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"));
            assertThat(importButton).isEnabled();
            importButton.click();
            Locator grid = page.locator("vaadin-grid").first();
            grid.scrollIntoViewIfNeeded();
            if (width == 390) {
                reflowed(grid, "problem-summary", "/open-data refused import", "Problem: ");
                screenshot("reflow-open-data-problems-390");
            } else {
                wide(grid, "problem-summary", "Place in the file", "Problem");
                screenshot("reflow-open-data-problems-1366");
            }
        }
    }

    @Test
    void onAPhoneThePlanImportsPreviewListsEachRowsFieldsUnderItsRowAndItsProblemsReflowAndOnALaptopTheColumnsStay() {
        byte[] xlsx = StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX);
        // the strategy's own CSV with one level no framework knows: a problem the person must correct
        byte[] wrongLevel = new String(StrategyLayoutFixture.bytes(StrategyLayoutFixture.CSV), StandardCharsets.UTF_8)
                .replace("pathway,Consult,1,2,", "pathway,Shout,1,2,").getBytes(StandardCharsets.UTF_8);
        for (int width : new int[] {390, 1366}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.navigate(url("plans?plan=" + demo.plan().id()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import activities")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            String dropLabelColour = dropLabelColour(dialog);

            dialog.locator("input[type=file]").setInputFiles(new FilePayload("strategy-layout.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));
            assertThat(dialog.getByText("Headings read from row 4; rows above it are skipped as titles."))
                    .isVisible(PlanImportBrowserTest.READING);
            assertThat(dialog.getByText("9 activities are ready to be added to this plan.")).isVisible();
            assertThat(dropLabelColour(dialog)).as("the drop label keeps its colour once the file is chosen (1.4.3)")
                    .isEqualTo(dropLabelColour);
            Locator preview = dialog.locator("vaadin-grid.import-preview");
            preview.scrollIntoViewIfNeeded();
            if (width == 390) {
                // axe here also checks the upload's drop label keeps its contrast once the file is chosen (1.4.3)
                Locator row = reflowed(preview, "import-preview-summary", "/plans import dialog, file chosen",
                        "Activity (description): Drop-in sessions at the recovery cafe", "Level of engagement: ",
                        "Plan status: ", "Lead person: Recovery network coordinator");
                assertThat(row).containsText("5");
                assertDialogDoesNotScrollSideways(dialog);
                screenshot("reflow-plan-import-preview-390");
            } else {
                wide(preview, "import-preview-summary", "Row", "Activity (description)", "Level of engagement",
                        "Lead person");
                assertDialogDoesNotScrollSideways(dialog);
                screenshot("reflow-plan-import-preview-1366");
            }

            dialog.locator("input[type=file]").setInputFiles(new FilePayload("strategy-layout.csv", "text/csv",
                    wrongLevel));
            Locator problems = dialog.locator("vaadin-grid.import-problems");
            assertThat(problems).isVisible(PlanImportBrowserTest.READING);
            problems.scrollIntoViewIfNeeded();
            if (width == 390) {
                reflowed(problems, "import-problem-summary", "/plans import dialog, a problem", "Row: 5", "Column: ",
                        "Value in the file: Shout");
                // the preview's row with the problem says so once, under its number, not on each field's line
                Locator badRow = preview.locator(".import-preview-summary").first();
                assertThat(badRow.locator("span", new Locator.LocatorOptions().setHasText("This row has problems")))
                        .hasCount(1);
                assertThat(badRow).containsText("5");
                assertThat(badRow).not().containsText("Activity (description):");
                assertDialogDoesNotScrollSideways(dialog);
                screenshot("reflow-plan-import-problems-390");
            } else {
                wide(problems, "import-problem-summary", "Row", "Column", "Value in the file", "Problem");
                screenshot("reflow-plan-import-problems-1366");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The computed colour of the upload's drop label in the dialog. */
    private static String dropLabelColour(Locator dialog) {
        return (String) dialog.locator("vaadin-upload").evaluate("""
                u => getComputedStyle(u.querySelector('[slot="drop-label"]')
                        || u.shadowRoot.querySelector('[part~="drop-label"]')).color""");
    }

    /** The dialog itself (its box and the parts inside it) does not scroll sideways. */
    private void assertDialogDoesNotScrollSideways(Locator dialog) {
        Number sideways = (Number) dialog.evaluate("""
                e => { const all = [e, ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('[part]') : [])];
                       return Math.max(...all.map(x => x.scrollWidth - x.clientWidth)); }""");
        assertThat(sideways.intValue()).as("the dialog scrolls sideways").isLessThanOrEqualTo(1);
        var box = dialog.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(page.viewportSize().width);
    }

    /**
     * At a phone's width: the grid's first row lists each line (a column's name, then its value) inside the screen,
     * none cut off at the cell's edge, nothing scrolls sideways and axe finds nothing; gives that row's cell.
     */
    private Locator reflowed(Locator grid, String summaryClass, String where, String... lines) {
        Locator summary = grid.locator("." + summaryClass).first();
        assertThat(summary).isVisible();
        for (String line : lines) {
            Locator shown = summary.locator("span", new Locator.LocatorOptions()
                    .setHasText(java.util.regex.Pattern.compile("^" + literal(line)))).first();
            assertThat(shown).isVisible();
            assertAllInsideTheScreen(shown);
        }
        Number clipped = (Number) summary.evaluate("""
                s => { const c = s.closest('vaadin-grid-cell-content') || s; return c.scrollWidth - c.clientWidth; }""");
        assertThat(clipped.intValue()).as("a line is cut off at the cell's edge instead of wrapping").isLessThanOrEqualTo(1);
        assertNothingScrollsSideways(grid);
        assertThat(AxeCheck.check(page, where + " at 390 px").violations()).isEmpty();
        return summary;
    }

    /** At a laptop's width: no lines in the cells, the columns' headers side by side, nothing scrolls sideways. */
    private void wide(Locator grid, String summaryClass, String... headers) {
        grid.locator("vaadin-grid-cell-content").first().waitFor();
        assertThat(grid.locator("." + summaryClass + ":visible")).hasCount(0);
        for (String header : headers) {
            assertThat(grid.locator("vaadin-grid-cell-content:visible", new Locator.LocatorOptions()
                    .setHasText(java.util.regex.Pattern.compile("^\\s*" + literal(header) + "\\s*$")))
                    .first()).isVisible();
        }
        assertNothingScrollsSideways(grid);
    }

    /** The text as a regular expression that also reads the same in JavaScript (no \\Q..\\E quoting). */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private long firstService() {
        return services.findAllByPartnershipIdOrderByName(demo.partnership().id()).getFirst().id();
    }


    /** Neither the page, nor the application layout's scrolling content, nor the table or grid itself. */
    @SuppressWarnings("unchecked")
    private void assertNothingScrollsSideways(Locator tableOrGrid) {
        Map<String, Object> page = (Map<String, Object>) this.page.evaluate("""
                () => {
                  const d = document.documentElement;
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[part~="content"]') : null;
                  return {document: d.scrollWidth - d.clientWidth,
                          content: content ? content.scrollWidth - content.clientWidth : 0};
                }""");
        assertThat(((Number) page.get("document")).intValue()).as("the page scrolls sideways").isLessThanOrEqualTo(0);
        assertThat(((Number) page.get("content")).intValue()).as("the layout's content scrolls sideways")
                .isLessThanOrEqualTo(0);
        Number own = (Number) tableOrGrid.evaluate("""
                e => { const s = e.shadowRoot && e.shadowRoot.querySelector('#table') ? e.shadowRoot.querySelector('#table')
                        : e.parentElement; return s.scrollWidth - s.clientWidth; }""");
        assertThat(own.intValue()).as("the table or grid scrolls sideways").isLessThanOrEqualTo(1);
    }

    private void assertAllInsideTheScreen(Locator elements) {
        int width = page.viewportSize().width;
        for (Locator element : elements.all()) {
            var box = element.boundingBox();
            assertThat(box.x).as("starts on screen: " + element.textContent()).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("ends on screen: " + element.textContent()).isLessThanOrEqualTo(width);
        }
    }
}
