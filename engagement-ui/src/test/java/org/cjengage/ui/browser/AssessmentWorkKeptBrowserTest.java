package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scores and evidence are never lost: leaving asks first, and a refused submission keeps the work. */
class AssessmentWorkKeptBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired AssessmentService assessments;

    Assessment draft;
    EngagementPrincipal staff;

    @BeforeEach
    void givenStaffWithADraftAssessment() {
        Partnership partnership = data.partnership();
        EngagementActivity activity = data.activity(data.plan(partnership.id()), "Open meeting on unpaid work");
        staff = data.user(Role.STAFF, partnership.id());
        draft = AsUser.call(staff, () -> assessments.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        signIn(staff.username(), TestData.PASSWORD);
        page.navigate(url("assessments/" + draft.id()));
    }

    @Test
    void leavingWithUnsavedChangesWarnsAndStayingKeepsThem() {
        score("1a", "5 Very good");
        page.getByLabel("Evidence for indicator 1a", new Page.GetByLabelOptions().setExact(true))
                .fill("Invitations went out four weeks ahead");
        assertThat(resultRow("1 Inclusion").locator("td").first()).hasText("5.0");

        // In-app navigation: the page's own Back link asks, and staying keeps everything
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the activity's assessments")).click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.getByText("Leave without saving?")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stay on this page")).click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).hasCount(0);
        assertThat(page).hasURL(url("assessments/" + draft.id()));
        assertThat(page.getByLabel("Evidence for indicator 1a", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Invitations went out four weeks ahead");

        // Closing the tab: the browser's own "leave site?" question comes up (dismissed: the page stays)
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.type());
            d.dismiss();
        });
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("beforeunload");
        assertThat(page.isClosed()).isFalse();
    }

    @Test
    void aRefusedSubmissionKeepsTheWorkAndSaysWhy() {
        score("1a", "5 Very good");
        page.getByLabel("Evidence for indicator 1a", new Page.GetByLabelOptions().setExact(true))
                .fill("Invitations went out four weeks ahead");
        score("2a", "4 Good"); // no evidence: submission is refused

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        Locator ask = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(ask.getByText("33 indicators have no score", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit anyway")).click();
        assertThat(page.getByText("saved as a draft, but the assessment was not submitted",
                new Page.GetByTextOptions().setExact(false))).isVisible();

        page.reload();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.getByText("Status: Draft", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByLabel("Score for indicator 2a", new Page.GetByLabelOptions().setExact(true)))
                .containsText("4 Good");
        assertThat(page.getByLabel("Evidence for indicator 1a", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Invitations went out four weeks ahead");
    }

    private void score(String indicator, String choice) {
        page.getByLabel("Score for indicator " + indicator, new Page.GetByLabelOptions().setExact(true)).click();
        choose(choice, true);
    }

    private Locator resultRow(String element) {
        return page.locator(".scoring-results-table tr", new Page.LocatorOptions().setHasText(element));
    }
}
