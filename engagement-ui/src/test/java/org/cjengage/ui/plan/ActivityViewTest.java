package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.common.ActivityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest(classes = EngagementApplication.class)
@Import(ActivityViewTest.ExtraLinks.class)
class ActivityViewTest extends SpringBrowserlessTest {

    @TestConfiguration
    static class ExtraLinks {
        @Bean
        ActivityLink scoreLink() {
            return new ActivityLink(10, "activity.links", id -> "activities/" + id + "/elsewhere", Set.of(Role.STAFF));
        }
    }

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired UserAdminService userAdmin;
    @Autowired UserRepository users;

    EngagementPrincipal lead;
    ActionPlan plan;
    EngagementActivity activity;

    @BeforeEach
    void givenAnActivityWithAPurpose() {
        Partnership partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        plan = data.plan(partnership.id());
        AsUser.signIn(lead);
        activity = plans.createActivity(plan.id(), new ActivityDraft("Drop-in at the library", "CONSULT",
                Set.of("VICTIMS"), Set.of(), null, "Ann", Set.of(new ActivityPurpose("PARTICIPATION", "Victims", null,
                null, null)), Set.of(), null, null, null, null, null));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void deletingAnActivityAsksFirstAndCancellingKeepsIt() {
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);

        test(view.form.delete).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(plans.activity(activity.id()).description()).isEqualTo("Drop-in at the library");

        test(view.form.delete).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(plans.activities(plan.id(), 0, 100)).extracting(EngagementActivity::id).doesNotContain(activity.id());
        assertThat(getCurrentView()).isInstanceOf(PlanView.class);
    }

    @Test
    void everyColumnTheVoiceCycleAndPurposeDetailsAreEditedAndTheHistoryShowsTheChange() {
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);
        ActivityForm form = view.form;
        assertThat(form.description.getValue()).isEqualTo("Drop-in at the library");
        assertThat(form.plannedStart.getI18n().getFirstDayOfWeek()).as("the week starts on Monday").isEqualTo(1);

        test(form.description).setValue("Drop-in at the central library");
        test(form.voice.texts.get("analyseBarriers")).setValue("Opening hours");
        test(form.voice.texts.get("reviewWeDid")).setValue("Opened on Saturdays");
        test(form.voice.participants).setValue(23);
        TextField where = $(TextField.class).withLabel("Where?").single();
        test(where).setValue("Central library");
        test(form.save).click();

        EngagementActivity saved = plans.activity(activity.id());
        assertThat(saved.description()).isEqualTo("Drop-in at the central library");
        assertThat(saved.voice().analyseBarriers()).isEqualTo("Opening hours");
        assertThat(saved.voice().reviewWeDid()).isEqualTo("Opened on Saturdays");
        assertThat(saved.voice().doParticipants()).isEqualTo(23);
        assertThat(saved.purposes()).containsExactly(new ActivityPurpose("PARTICIPATION", "Victims", "Central library",
                null, null));
        AuditHistory history = $(AuditHistory.class).single();
        test(history.details).openDetails();
        assertThat(history.grid.getListDataView().getItems().map(AuditEntry::field))
                .contains("description", "analyseBarriers", "purposes", "doParticipants");
        assertThat(history.grid.getListDataView().getItems().filter(e -> "description".equals(e.field())).findFirst()
                .orElseThrow().oldValue()).isEqualTo("Drop-in at the library");
        AuditEntry purposes = history.grid.getListDataView().getItems().filter(e -> "purposes".equals(e.field()))
                .findFirst().orElseThrow();
        assertThat(history.shown(purposes.field(), purposes.newValue()))
                .isEqualTo("Increased participation; who: Victims; where: Central library");
    }

    @Test
    void aSaveShowsTheSavedActivityInThePageAlreadyOpenAndASecondSaveFollows() {
        // Given the activity's page, where a first attempt was refused
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);
        ActivityForm form = view.form;
        AuditHistory history = $(AuditHistory.class).single();
        test(history.details).openDetails();
        test(form.description).setValue(" ");
        test(form.save).click();
        assertThat(form.description.isInvalid()).isTrue();

        // When the description is put right and saved, then the lead changed and saved again
        test(form.description).setValue("Drop-in at the town hall");
        test(form.save).click();
        test(form.leadPerson).setValue("Second lead");
        test(form.save).click();

        // Then both saves are kept, and the same page shows them: heading, form (no longer marked) and history
        assertThat(plans.activity(activity.id()).description()).isEqualTo("Drop-in at the town hall");
        assertThat(plans.activity(activity.id()).leadPerson()).isEqualTo("Second lead");
        assertThat(view.form).isSameAs(form);
        assertThat(form.description.isInvalid()).isFalse();
        assertThat(form.description.getErrorMessage()).isNullOrEmpty();
        assertThat($(H2.class).from(view).single().getText()).isEqualTo("Drop-in at the town hall");
        assertThat($(AuditHistory.class).single()).isSameAs(history);
        assertThat(history.grid.getListDataView().getItems().map(AuditEntry::field))
                .contains("description", "leadPerson");
    }

    @Test
    void theHistoryIsReadWhenOpenedUnderItsHeadingAndShowsTheChangesMadeBeforeIt() {
        // Given an activity's page: the history's heading and its toggle, closed, nothing read or built
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);
        AuditHistory history = $(AuditHistory.class).single();
        assertThat($(com.vaadin.flow.component.html.H3.class).from(history).single().getText())
                .isEqualTo("Change history");
        assertThat(history.details.getSummary().getElement().getText())
                .isEqualTo("Changes to this activity: who made them, when, and what changed");
        assertThat(test(history.details).isOpen()).isFalse();
        assertThat(history.grid).as("no table built before it is opened").isNull();

        // When the lead saves a change with the history closed, then opens it
        test(view.form.leadPerson).setValue("Lead after opening");
        test(view.form.save).click();
        assertThat(history.grid).as("a save with the history closed reads no history").isNull();
        test(history.details).openDetails();

        // Then it shows every change, the save just made included, in a table inside the toggle
        assertThat(test(history.details).isOpen()).isTrue();
        assertThat(history.details.getContent()).contains(history.grid);
        assertThat(history.grid.isVisible()).isTrue();
        assertThat(history.grid.getListDataView().getItems().map(AuditEntry::field)).contains("leadPerson");
        assertThat(history.grid.getListDataView().getItems().map(AuditEntry::action))
                .contains(AuditEntry.Action.CREATED);
    }

    @Test
    void theHistoryShowsLabelsNotTheStoredCodes() {
        plans.updateActivity(activity.id(), activity.version(), ActivityDraft.of("Drop-in at the library", "ENGAGE",
                Set.of("VICTIMS", "THIRD_SECTOR")));
        navigate("activities/" + activity.id(), ActivityView.class);
        AuditHistory history = $(AuditHistory.class).single();
        test(history.details).openDetails();

        assertThat(history.grid.getListDataView().getItems().filter(e -> e.action() == AuditEntry.Action.CHANGED)
                .map(e -> history.what(e) + ": " + history.shown(e.field(), e.oldValue()) + " -> "
                        + history.shown(e.field(), e.newValue())))
                .contains("Changed: Level: Consult -> Engage",
                        "Changed: Focus communities: Victims of crime -> Third sector organisations, Victims of crime",
                        "Changed: Purpose (expected achievement): Increased participation; who: Victims -> ");
        assertThat(history.shown("level", "RETIRED_LEVEL")).isEqualTo("RETIRED_LEVEL");
    }

    @Test
    void whenSomeoneElseSavedFirstTheConflictIsShownAndTheTypedValuesStay() {
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);
        plans.updateActivity(activity.id(), activity.version(), ActivityDraft.of("Changed by a colleague", "INFORM",
                Set.of("VICTIMS")));

        test(view.form.description).setValue("My own wording");
        test(view.form.voice.texts.get("analyseIssue")).setValue("Typed analysis");
        test(view.form.save).click();

        assertThat(view.form.conflict.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(view.form.conflict.getText()).contains("Your changes are still in the form");
        assertThat(view.form.description.getValue()).isEqualTo("My own wording");
        assertThat(view.form.voice.texts.get("analyseIssue").getValue()).isEqualTo("Typed analysis");
        assertThat(plans.activity(activity.id()).description()).isEqualTo("Changed by a colleague");

        test(view.form.reload).click();
        assertThat(view.form.description.getValue()).isEqualTo("Changed by a colleague");
    }

    @Test
    void whenTheLeadIsMadeStaffWhileThePageIsOpenAReloadShowsWhatTheyMayDoNow() {
        // Given the lead on the activity page, told that a colleague saved first
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);
        plans.updateActivity(activity.id(), activity.version(), ActivityDraft.of("Changed by a colleague", "INFORM",
                Set.of("VICTIMS")));
        test(view.form.description).setValue("My own wording");
        test(view.form.save).click();
        assertThat(view.form.mode()).isEqualTo(ActivityForm.Mode.PLAN);

        // When an administrator makes them staff, and in a later request they reload the activity
        EngagementPrincipal admin = data.user(Role.ADMIN, plan.partnershipId());
        AsUser.call(admin, () -> userAdmin.setRole(lead.userId(),
                users.findById(lead.userId()).orElseThrow().version(), plan.partnershipId(), Role.STAFF));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        test(view.form.reload).click();

        // Then the page is the staff's: the plan read-only, what happened editable
        ActivityForm form = ((ActivityView) getCurrentView()).form;
        assertThat(form.mode()).isEqualTo(ActivityForm.Mode.DELIVERY);
        assertThat(form.description.isReadOnly()).isTrue();
        assertThat(form.description.getValue()).isEqualTo("Changed by a colleague");
        assertThat(form.delete.isVisible()).isFalse();
    }

    @Test
    void invalidInputMarksTheFieldAndSavesNothing() {
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);

        test(view.form.description).setValue(" ");
        test(view.form.save).click();

        assertThat(view.form.description.isInvalid()).isTrue();
        assertThat(plans.activity(activity.id()).description()).isEqualTo("Drop-in at the library");
    }

    @Test
    void linksOfOtherFeaturesAreListedForTheRolesTheyNameOnly() {
        navigate("activities/" + activity.id(), ActivityView.class);
        assertThat($(Anchor.class).withText("More for this activity").exists()).isFalse();

        AsUser.signIn(data.user(Role.STAFF, plan.partnershipId()));
        ActivityView asStaff = navigate("activities/" + activity.id(), ActivityView.class);

        Anchor link = $(Anchor.class).withText("More for this activity").single();
        assertThat(link.getHref()).isEqualTo("activities/" + activity.id() + "/elsewhere");
        assertThat(asStaff.form.mode()).isEqualTo(ActivityForm.Mode.DELIVERY);
    }

    @Test
    void staffSeeThePlanReadOnlyAndRecordWhatHappened() {
        // Given staff of the partnership on the activity page
        AsUser.signIn(data.user(Role.STAFF, plan.partnershipId()));
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);
        ActivityForm form = view.form;

        // Then the plan columns are read-only and the delivery part is editable
        assertThat(form.description.isReadOnly()).isTrue();
        assertThat(form.level.isReadOnly()).isTrue();
        assertThat(form.plannedEnd.isReadOnly()).isTrue();
        assertThat(form.voice.texts.get("analyseIssue").isReadOnly()).isTrue();
        assertThat(form.voice.texts.get("planOutcomes").isReadOnly()).isTrue();
        assertThat(form.status.isReadOnly()).isFalse();
        assertThat(form.actualStart.isReadOnly()).isFalse();
        assertThat(form.voice.texts.get("doWhatHappened").isReadOnly()).isFalse();
        assertThat(form.voice.texts.get("reviewYouSaid").isReadOnly()).isFalse();
        assertThat(form.voice.participants.isReadOnly()).isFalse();
        assertThat(form.save.isVisible()).isTrue();
        assertThat(form.delete.isVisible()).isFalse();
        assertThat(form.deliveryNote.isVisible()).isTrue();

        // When they record what happened and save
        test(form.status).selectItem("2 In progress");
        test(form.voice.texts.get("doWhatHappened")).setValue("Twelve people came");
        test(form.voice.participants).setValue(12);
        test(form.save).click();

        // Then it is saved, the plan part unchanged, and the history shows it
        EngagementActivity saved = plans.activity(activity.id());
        assertThat(saved.status()).isEqualTo(org.cjengage.core.plan.PlanStatus.IN_PROGRESS);
        assertThat(saved.voice().doWhatHappened()).isEqualTo("Twelve people came");
        assertThat(saved.voice().doParticipants()).isEqualTo(12);
        assertThat(saved.description()).isEqualTo("Drop-in at the library");
        AuditHistory history = $(AuditHistory.class).single();
        test(history.details).openDetails();
        assertThat(history.grid.getListDataView().getItems().map(AuditEntry::field))
                .contains("status", "doWhatHappened", "doParticipants");
    }

    @Test
    void partnersSeeEverythingReadOnlyWithNoButtons() {
        AsUser.signIn(data.user(Role.PARTNER, plan.partnershipId()));
        ActivityView view = navigate("activities/" + activity.id(), ActivityView.class);

        assertThat(view.form.mode()).isEqualTo(ActivityForm.Mode.READ_ONLY);
        assertThat(view.form.status.isReadOnly()).isTrue();
        assertThat(view.form.voice.texts.get("doWhatHappened").isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.cancel.isVisible()).isFalse();
    }
}
