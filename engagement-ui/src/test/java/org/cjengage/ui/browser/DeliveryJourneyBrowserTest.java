package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff record what happened with an activity; it is there after a reload and in the change history (opened by keyboard). */
class DeliveryJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;

    @Test
    void staffRecordDeliveryAndAReloadAndTheHistoryShowIt() {
        // Given staff of a partnership with a planned activity
        Partnership partnership = data.partnership();
        EngagementActivity activity = data.activity(data.plan(partnership.id()), "Drop-in at the library");
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        signIn(staff.username(), TestData.PASSWORD);
        page.navigate(url("activities/" + activity.id()));

        // The plan is read-only for them; the delivery part is not
        assertThat(page.getByText("You can record what happened", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByLabel("Activity", new Page.GetByLabelOptions().setExact(true))).not().isEditable();

        // When they record what happened and save
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).click();
        choose("3 Complete", true);
        page.getByLabel("What happened", new Page.GetByLabelOptions().setExact(true))
                .fill("Eighteen people came on a wet Tuesday");
        page.getByLabel("How many took part", new Page.GetByLabelOptions().setExact(true)).fill("18");
        page.getByLabel("We did", new Page.GetByLabelOptions().setExact(true)).fill("Moved it to Saturdays");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save what happened")).click();
        assertThat(page.getByText("Activity saved.")).isVisible();

        // Then a reload shows it, and so does the change history
        page.reload();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.getByLabel("What happened", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Eighteen people came on a wet Tuesday");
        assertThat(page.getByLabel("How many took part", new Page.GetByLabelOptions().setExact(true))).hasValue("18");
        // the change history is behind its toggle, closed; opened from the keyboard, it shows the changes
        com.microsoft.playwright.Locator toggle = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Changes to this activity"));
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(page.getByText("Changed: What happened")).not().isVisible();
        toggle.focus();
        page.keyboard().press("Enter");
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(page.getByText("Changed: What happened")).isVisible();
        assertThat(page.getByText("Changed: Status")).isVisible();
    }
}
