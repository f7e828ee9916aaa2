package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead with a running plan and its copy for the next period: the dashboard counts the current plan and a
 * number opens a grid of that many activities; "All plans" adds both, and so does the grid it opens; the
 * lead makes the copy the current plan.
 */
class CurrentPlanBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    @Test
    void dashboardNumbersOpenGridsOfThatManyActivitiesOnTheCurrentPlanAndOnAllPlans() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan[] created = AsUser.call(lead, () -> {
            LocalDate today = plans.today();
            ActionPlan running = plans.createPlan(partnership.id(), new PlanDraft("Running plan", null,
                    today.minusYears(1), today.plusYears(2)));
            plans.createActivity(running.id(), ActivityDraft.of("Survey of victims", "CONSULT", Set.of("VICTIMS")));
            plans.createActivity(running.id(), ActivityDraft.of("Victims' panel", "CONSULT", Set.of("VICTIMS")));
            ActionPlan next = plans.copyPlan(running.id(), new PlanDraft("Next plan", null,
                    today.plusYears(2).plusDays(1), today.plusYears(5)));
            plans.createActivity(next.id(), ActivityDraft.of("Victims' jury", "CONSULT", Set.of("VICTIMS")));
            return new ActionPlan[] {running, next};
        });
        signIn(lead.username(), TestData.PASSWORD);

        // The dashboard opens on the running plan: Victims x Consult = 2, and the grid it opens shows 2
        page.navigate(url("dashboard?partnership=" + partnership.id()));
        assertThat(victimsByConsult()).hasText("2");
        victimsByConsult().click();
        assertThat(page).hasURL(Pattern.compile(".*plans\\?plan=" + created[0].id() + "&community=VICTIMS&level=CONSULT"));
        assertThat(page.getByText("2 activities shown")).isVisible();

        // All plans: 2 + 3 (the copy's two and its own one) = 5, and the grid of all plans shows 5
        page.navigate(url("dashboard?partnership=" + partnership.id()));
        page.getByLabel("Plan", new Page.GetByLabelOptions().setExact(true)).click();
        choose("All plans, added together", true);
        assertThat(page).hasURL(Pattern.compile(".*plan=all.*"));
        assertThat(victimsByConsult()).hasText("5");
        victimsByConsult().click();
        assertThat(page.getByText("5 activities shown")).isVisible();

        // The lead makes the copy the current plan; the dashboard then opens on it
        page.navigate(url("plans?plan=" + created[1].id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make this the current plan")).click();
        assertThat(page.getByText("Current plan (chosen by a lead)")).isVisible();
        page.navigate(url("dashboard?partnership=" + partnership.id()));
        assertThat(victimsByConsult()).hasText("3");
    }

    /** The Consult cell of the Victims of crime row of the coverage table, once the dashboard has rendered. */
    private Locator victimsByConsult() {
        page.locator("#dashboard-coverage").waitFor();
        Locator row = page.locator("#dashboard-coverage tr").filter(new Locator.FilterOptions().setHasText("Victims of crime"));
        return row.locator("td").nth(1).getByRole(AriaRole.LINK);
    }
}
