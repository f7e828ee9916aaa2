package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.outputs.StatementSection;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.PlanDependents.Dependent;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What deleting a plan or an activity takes with it and what forbids it (docs/plan.md, "Deleting plans and
 * activities"): a published statement or an approved assessment keeps its plan and activity; a statement draft
 * and assessments not yet approved go with them.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class PlanDeletionRulesTest {

    @Autowired PlanService plans;
    @Autowired ParticipationStatementService statements;
    @Autowired AssessmentService assessments;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    Partnership own;
    ActionPlan plan;
    EngagementActivity activity;
    EngagementPrincipal lead;
    EngagementPrincipal staff;

    @BeforeEach
    void givenAPlanWithOneActivity() {
        own = data.partnership();
        plan = data.plan(own.id());
        activity = data.activity(plan, "Community conversation");
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        staff = data.user(Role.STAFF, own.id());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void aPlanWithAStatementDraftIsDeletedWithItsDraftAndTheImpactSaysSoFirst() {
        StatementDraft draft = givenASavedStatementDraft();

        DeletionImpact impact = AsUser.call(lead, () -> plans.planDeletion(plan.id()));
        AsUser.run(lead, () -> plans.deletePlan(plan.id(), plan.version()));

        assertThat(impact.allowed()).isTrue();
        assertThat(impact.activities()).isEqualTo(1);
        assertThat(impact.deleted()).containsExactly(Dependent.deletedWith("outputs.delete.planStatementDraft", 1));
        assertThat(rows("statement_draft", "id", draft.id())).isZero();
        assertThat(rows("statement_draft_section", "statement_draft_id", draft.id())).isZero();
        assertThat(rows("action_plan", "id", plan.id())).isZero();
        assertThat(rows("engagement_activity", "plan_id", plan.id())).isZero();
    }

    @Test
    void aPlanWithAPublishedStatementIsRefusedWithAMessageNamingItAndNothingIsDeleted() {
        StatementDraft draft = givenASavedStatementDraft();
        AsUser.call(lead, () -> statements.publish(plan.id(), draft.version()));

        DeletionImpact impact = AsUser.call(lead, () -> plans.planDeletion(plan.id()));

        assertThat(impact.allowed()).isFalse();
        assertThat(impact.blocking()).containsExactly(Dependent.blocking("outputs.delete.planHasPublishedStatement", 1));
        assertThatThrownBy(() -> AsUser.run(lead, () -> plans.deletePlan(plan.id(), plan.version())))
                .isInstanceOfSatisfying(DeletionRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("outputs.delete.planHasPublishedStatement");
                    assertThat(e.args()).containsExactly(1L);
                });
        assertThat(rows("action_plan", "id", plan.id())).isOne();
        assertThat(rows("engagement_activity", "plan_id", plan.id())).isOne();
        assertThat(rows("statement_draft", "id", draft.id())).isOne();
        assertThat(AsUser.call(lead, () -> plans.planHistory(plan.id())))
                .noneMatch(e -> e.action() == AuditEntry.Action.DELETED);
    }

    @Test
    void anActivityWithAnApprovedAssessmentIsRefusedAndKeepsItsAssessments() {
        Assessment approved = givenAnApprovedAssessment();
        EngagementActivity current = AsUser.call(lead, () -> plans.activity(activity.id()));

        DeletionImpact impact = AsUser.call(lead, () -> plans.activityDeletion(activity.id()));

        assertThat(impact.blocking()).containsExactly(Dependent.blocking("scoring.delete.activityHasApproved", 1));
        assertThatThrownBy(() -> AsUser.run(lead, () -> plans.deleteActivity(activity.id(), current.version())))
                .isInstanceOfSatisfying(DeletionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scoring.delete.activityHasApproved"));
        assertThat(rows("engagement_activity", "id", activity.id())).isOne();
        assertThat(AsUser.call(lead, () -> assessments.assessment(approved.id())).status().name()).isEqualTo("APPROVED");
    }

    @Test
    void aPlanWhoseActivityHasAnApprovedAssessmentIsRefusedToo() {
        givenAnApprovedAssessment();

        assertThatThrownBy(() -> AsUser.run(lead, () -> plans.deletePlan(plan.id(), plan.version())))
                .isInstanceOfSatisfying(DeletionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scoring.delete.planHasApproved"));
        assertThat(rows("engagement_activity", "id", activity.id())).isOne();
    }

    @Test
    void anActivityWithDraftAndSubmittedAssessmentsIsDeletedWithThemAfterTheImpactCountsThem() {
        Assessment draft = AsUser.call(staff, () -> assessments.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.PLANNING_CHECK));
        Assessment submitted = AsUser.call(staff, () -> {
            Assessment started = assessments.start(activity.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 4, "Notes")));
        });
        EngagementActivity current = AsUser.call(lead, () -> plans.activity(activity.id()));

        DeletionImpact impact = AsUser.call(lead, () -> plans.activityDeletion(activity.id()));
        AsUser.run(lead, () -> plans.deleteActivity(activity.id(), current.version()));

        assertThat(impact.allowed()).isTrue();
        assertThat(impact.deleted()).containsExactly(Dependent.deletedWith("scoring.delete.activityAssessments", 2));
        assertThat(rows("assessment", "id", draft.id()) + rows("assessment", "id", submitted.id())).isZero();
        assertThatThrownBy(() -> AsUser.call(lead, () -> plans.activity(activity.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyPlanEditorsMayAskWhatADeletionWouldDo() {
        assertThatThrownBy(() -> AsUser.call(staff, () -> plans.planDeletion(plan.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> plans.activityDeletion(activity.id())))
                .isInstanceOf(NotPermittedException.class);
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());
        assertThatThrownBy(() -> AsUser.call(stranger, () -> plans.planDeletion(plan.id())))
                .isInstanceOf(NotPermittedException.class);
    }

    private StatementDraft givenASavedStatementDraft() {
        return AsUser.call(lead, () -> statements.saveDraft(plan.id(), null, new StatementDraft.StatementContent(
                "Our statement", List.of(new StatementSection("About this statement", "Text.")))));
    }

    private Assessment givenAnApprovedAssessment() {
        Assessment submitted = AsUser.call(staff, () -> {
            Assessment started = assessments.start(activity.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW);
            return assessments.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 5, "Sign-in sheets")));
        });
        return AsUser.call(lead, () -> assessments.approve(submitted.id(), submitted.version()));
    }

    private long rows(String table, String column, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Long.class, id);
    }
}
