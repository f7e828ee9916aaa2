package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The delete dialogs of the plan and the activity page say what goes with it, or why it cannot go. */
@SpringBootTest(classes = EngagementApplication.class)
class DeletionDialogsViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired ParticipationStatementService statements;
    @Autowired AssessmentService assessments;

    EngagementPrincipal lead;
    EngagementPrincipal staff;
    ActionPlan plan;
    EngagementActivity activity;

    @BeforeEach
    void givenAPlanWithOneActivity() {
        Partnership partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        staff = data.user(Role.STAFF, partnership.id());
        plan = data.plan(partnership.id());
        activity = data.activity(plan, "Community conversation");
        AsUser.signIn(lead);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theConfirmDialogOfAPlanWithAStatementDraftListsTheActivitiesAndTheDraftAndDeletesThem() {
        givenAStatementDraft();
        PlanView view = openPlan();

        test(view.toolbar.deletePlan).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();

        assertThat(header(dialog)).isEqualTo("Delete this plan?");
        assertThat(text(dialog)).contains("Deleted with the plan:", "its one activity",
                "the draft of its participation statement", "This cannot be undone.");
        assertThat(dialog.getElement().getProperty("cancelButtonVisible", false)).isTrue();
        test(dialog).confirm();
        assertThat(plans.plansOf(plan.partnershipId())).extracting(ActionPlan::id).doesNotContain(plan.id());
    }

    @Test
    void aPlanWithAPublishedStatementShowsWhyItCannotBeDeletedAndOffersOnlyClose() {
        StatementDraft draft = givenAStatementDraft();
        statements.publish(plan.id(), draft.version());
        PlanView view = openPlan();

        test(view.toolbar.deletePlan).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();

        assertThat(header(dialog)).isEqualTo("This plan cannot be deleted");
        assertThat(text(dialog)).contains("This plan has a published participation statement, so it cannot be deleted");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Close");
        assertThat(dialog.getElement().getProperty("cancelButtonVisible", false)).isFalse();
        test(dialog).confirm();
        assertThat(plans.plansOf(plan.partnershipId())).extracting(ActionPlan::id).contains(plan.id());
    }

    @Test
    void anActivityWithAnApprovedAssessmentShowsWhyItCannotBeDeletedAndStays() {
        Assessment submitted = AsUser.call(staff, () -> {
            Assessment started = assessments.start(activity.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 5, "Notes")));
        });
        AsUser.signIn(lead);
        assessments.approve(submitted.id(), submitted.version());
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);

        test(view.form.delete).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();

        assertThat(header(dialog)).isEqualTo("This activity cannot be deleted");
        assertThat(text(dialog)).contains("This activity has an approved assessment, so it cannot be deleted");
        test(dialog).confirm();
        assertThat(plans.activity(activity.id()).description()).isEqualTo("Community conversation");
    }

    @Test
    void theConfirmDialogOfAnActivityWithADraftAssessmentWarnsThatItGoesToo() {
        AsUser.call(staff, () -> assessments.start(activity.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW));
        AsUser.signIn(lead);
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);

        test(view.form.delete).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();

        assertThat(header(dialog)).isEqualTo("Delete this activity?");
        assertThat(text(dialog)).contains("Deleted with it:", "its assessment in draft or waiting for review");
        test(dialog).confirm();
        assertThat(plans.activities(plan.id(), 0, 10)).extracting(EngagementActivity::id).doesNotContain(activity.id());
    }

    @Test
    void anActivityWithNothingElseAttachedGetsThePlainConfirmation() {
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);

        test(view.form.delete).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();

        assertThat(text(dialog)).doesNotContain("Deleted with it:").contains("This cannot be undone.");
    }

    private StatementDraft givenAStatementDraft() {
        return statements.saveDraft(plan.id(), null, new StatementDraft.StatementContent("Our statement",
                List.of(new StatementSection("About this statement", "Text."))));
    }

    private PlanView openPlan() {
        UI.getCurrent().navigate("plans", QueryParameters.of("plan", String.valueOf(plan.id())));
        return (PlanView) getCurrentView();
    }

    private static String header(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("header");
    }

    private static String text(ConfirmDialog dialog) {
        return dialog.getElement().getTextRecursively() + " " + dialog.getElement().getProperty("message", "");
    }
}
