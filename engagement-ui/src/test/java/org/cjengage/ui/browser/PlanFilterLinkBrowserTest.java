package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

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

/** A dashboard link "Red" opens the plan with only its overdue activities; clearing the filters shows all. */
class PlanFilterLinkBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    @Test
    void aRatingLinkShowsOnlyOverdueActivitiesUntilTheFiltersAreCleared() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> {
            LocalDate today = plans.today();
            plans.createActivity(plan.id(), draft("Overdue listening event", PlanStatus.IN_PROGRESS,
                    today.minusDays(40), today.minusDays(5)));
            plans.createActivity(plan.id(), draft("Finished residents forum", PlanStatus.COMPLETE,
                    today.minusDays(40), today.minusDays(5)));
            plans.createActivity(plan.id(), draft("Briefing for next year", PlanStatus.NOT_STARTED,
                    today.plusMonths(10), today.plusMonths(12)));
        });
        signIn(lead.username(), TestData.PASSWORD);

        page.navigate(url("plans?plan=" + plan.id() + "&rag=RED"));

        assertThat(page.getByText("1 activity shown")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overdue listening event")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Finished residents forum")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Briefing for next year")))
                .hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear filters")).click();

        assertThat(page.getByText("3 activities shown")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Finished residents forum")))
                .isVisible();
        assertThat(page).not().hasURL(Pattern.compile(".*rag=.*"));
    }

    private static ActivityDraft draft(String description, PlanStatus status, LocalDate start, LocalDate end) {
        return new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"), Set.of(), status, "Morag", Set.of(),
                Set.of(), "DELIVER", start, end, null, null);
    }
}
