package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.outputs.StatementSection;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead tries to delete a plan with a published statement and an activity with an approved assessment (both
 * refused, with the reason), then deletes a plan whose statement is only a draft, after the dialog said so.
 */
class PlanDeletionBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired ParticipationStatementService statements;
    @Autowired AssessmentService assessments;

    @Test
    void aLeadIsToldWhyAPublishedPlanAndAnApprovedActivityStayAndDeletesAPlanWithOnlyADraft() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        ActionPlan published = data.plan(partnership.id());
        EngagementActivity approved = data.activity(published, "Survey with an approved review");
        ActionPlan drafted = data.plan(partnership.id());
        data.activity(drafted, "Drop-in at the library");
        AsUser.run(lead, () -> {
            StatementDraft draft = saveDraft(published);
            statements.publish(published.id(), draft.version());
            saveDraft(drafted);
        });
        Assessment submitted = AsUser.call(staff, () -> {
            Assessment started = assessments.start(approved.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 5, "Notes")));
        });
        AsUser.run(lead, () -> assessments.approve(submitted.id(), submitted.version()));
        signIn(lead.username(), TestData.PASSWORD);

        page.navigate(url("plans?plan=" + published.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete plan")).click();
        Locator refusal = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(refusal).containsText("This plan cannot be deleted");
        assertThat(refusal).containsText("This plan has a published participation statement, so it cannot be deleted");
        assertThat(refusal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true))).hasCount(0);
        looked("plan-delete-refused");
        refusal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).hasCount(0);

        page.navigate(url("activities/" + approved.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("This activity has an approved assessment, so it cannot be deleted");
        looked("activity-delete-refused");
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Close")).click();

        page.navigate(url("plans?plan=" + drafted.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete plan")).click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Delete this plan?");
        assertThat(confirm).containsText("its one activity");
        assertThat(confirm).containsText("the draft of its participation statement");
        looked("plan-delete-confirm");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true)).click();
        assertThat(page.getByText("Plan deleted.")).isVisible();

        assertThat(AsUser.call(lead, () -> plans.plansOf(partnership.id()))).extracting(ActionPlan::id)
                .containsExactly(published.id());
        assertThat(AsUser.call(lead, () -> plans.activity(approved.id())).description())
                .isEqualTo("Survey with an approved review");
    }

    private StatementDraft saveDraft(ActionPlan plan) {
        return statements.saveDraft(plan.id(), null, new StatementDraft.StatementContent("Our statement",
                List.of(new StatementSection("About this statement", "Text."))));
    }

    /** Screenshots at desktop and phone widths, for a person to look at (target/screenshots). */
    private void looked(String name) {
        page.setViewportSize(1366, 900);
        screenshot(name + "-1366");
        page.setViewportSize(390, 844);
        screenshot(name + "-390");
        page.setViewportSize(1400, 900);
    }
}
