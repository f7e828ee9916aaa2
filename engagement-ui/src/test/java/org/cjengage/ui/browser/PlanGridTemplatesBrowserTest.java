package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan grid's cells are drawn by the browser from templates (no component per row): a person still sees each
 * activity as a link (text, never HTML, whatever its title holds), reaches it with the keyboard and follows it, and
 * sees the delivery badge's words in its colour; on a phone the row's other columns are listed under the link.
 */
class PlanGridTemplatesBrowserTest extends BrowserTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Autowired TestData data;
    @Autowired PlanService plans;

    @Test
    void anActivityTitledWithMarkupShowsAsTextInALinkTheKeyboardReachesAndFollows() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> {
            LocalDate today = plans.today();
            plans.createActivity(plan.id(), draft(HOSTILE, PlanStatus.IN_PROGRESS, today.minusDays(40),
                    today.minusDays(5)));
            plans.createActivity(plan.id(), draft("Finished residents forum", PlanStatus.COMPLETE,
                    today.minusDays(40), today.minusDays(5)));
        });
        AtomicBoolean dialog = new AtomicBoolean();
        page.onDialog(d -> {
            dialog.set(true);
            d.dismiss();
        });
        signIn(lead.username(), TestData.PASSWORD);

        page.navigate(url("plans?plan=" + plan.id()));

        Locator grid = page.locator("vaadin-grid");
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(HOSTILE).setExact(true));
        assertThat(link).isVisible();
        assertThat(link).hasText(HOSTILE);
        assertThat(grid.locator("img")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(dialog.get()).as("no script of the title ran").isFalse();
        // the badge: words (what a screen reader hears; the icon is hidden from it) in the RAG's colour
        Locator overdue = grid.locator(".rag-badge", new Locator.LocatorOptions().setHasText("Overdue"));
        assertThat(overdue).hasCSS("color", "rgb(163, 17, 31)");
        assertThat(overdue.locator("vaadin-icon")).hasAttribute("aria-hidden", "true");
        assertThat(grid.locator(".rag-badge", new Locator.LocatorOptions().setHasText("Complete")).first())
                .hasCSS("color", "rgb(27, 107, 47)");
        screenshot("plan-grid-1366");

        link.focus();
        assertThat(link).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/activities/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(HOSTILE))).isVisible();
        org.assertj.core.api.Assertions.assertThat(dialog.get()).isFalse();
        screenshot("activity-1366");

        page.setViewportSize(390, 844);
        page.navigate(url("plans?plan=" + plan.id()));
        Locator summary = grid.locator(".plan-activity-summary", new Locator.LocatorOptions().setHasText(HOSTILE));
        assertThat(summary).isVisible();
        assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(HOSTILE))).isVisible();
        assertThat(summary).containsText("Delivery: Overdue");
        assertThat(grid.locator("img")).hasCount(0);
        summary.scrollIntoViewIfNeeded();
        screenshot("plan-grid-390");
        summary.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile(".*/activities/\\d+$"));
        screenshot("activity-390");
        org.assertj.core.api.Assertions.assertThat(dialog.get()).isFalse();
    }

    private static ActivityDraft draft(String description, PlanStatus status, LocalDate start, LocalDate end) {
        return new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"), Set.of(), status, "Morag", Set.of(),
                Set.of(), "DELIVER", start, end, null, null);
    }
}
