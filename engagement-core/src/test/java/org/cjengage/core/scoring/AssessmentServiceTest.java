package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may score, read, approve and return, and the refusals they get, through the real service and database. */
@SpringBootTest(classes = CoreTestApplication.class)
class AssessmentServiceTest {

    static final String NATIONAL = StandardIds.NATIONAL_STANDARDS;

    @Autowired AssessmentService service;
    @Autowired TestData data;
    @Autowired MeterRegistry meters;
    @Autowired StandardsCatalogue standards;
    @Autowired JdbcTemplate jdbc;

    Partnership own;
    Partnership other;
    EngagementActivity activity;
    EngagementActivity otherActivity;
    EngagementPrincipal staff;
    EngagementPrincipal lead;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        other = data.partnership();
        activity = data.activity(data.plan(own.id()), "Community payback exit survey");
        otherActivity = data.activity(data.plan(other.id()), "Another partnership's forum");
        staff = data.user(Role.STAFF, own.id());
        lead = data.user(Role.STRATEGY_LEAD, own.id());
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    @Test
    void staffScoreSubmitAndAStrategyLeadApprovesWhichLocksTheAssessment() {
        Assessment started = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        Assessment draft = AsUser.call(staff, () -> service.saveDraft(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 4, null))));
        Assessment submitted = AsUser.call(staff, () -> service.submit(draft.id(), draft.version(),
                List.of(ScoreInput.of("1a", 5, "Attendance sheets"), ScoreInput.notApplicable("1b"))));
        Assessment approved = AsUser.call(lead, () -> service.approve(submitted.id(), submitted.version()));

        assertThat(started.frameworkVersion()).isEqualTo(standards.nationalStandards().version());
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.score("1a").orElseThrow().value()).isEqualTo(5);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.saveDraft(approved.id(), approved.version(),
                List.of(ScoreInput.of("1a", 1, "changed")))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("scoring.error.locked");
        ActivityScores scores = AsUser.call(data.user(Role.PARTNER, own.id()), () -> service.activityScores(activity.id()));
        assertThat(scores.assessments()).singleElement().satisfies(s -> {
            assertThat(s.assessorName()).isEqualTo(staff.displayName());
            assertThat(s.result().overall().mean()).isEqualTo(5.0);
        });
    }

    @Test
    void approvalWritesEachStandardsSumAndCountOfScoredIndicatorsForTheDashboardRadar() {
        Assessment started = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        Assessment submitted = AsUser.call(staff, () -> service.submit(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 5, "Sign-in sheets"), ScoreInput.of("1b", 2, "Minutes"),
                        ScoreInput.notApplicable("1c"), ScoreInput.of("2a", 4, "Feedback forms"))));
        assertThat(totals(submitted.id())).isEmpty();

        AsUser.call(lead, () -> service.approve(submitted.id(), submitted.version()));

        assertThat(totals(submitted.id())).containsExactly("1: 7/2", "2: 4/1");
        assertThat(activityTotals()).containsExactly("1: 3.5/1", "2: 4.0/1");

        Assessment second = AsUser.call(lead, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        Assessment secondSubmitted = AsUser.call(lead, () -> service.submit(second.id(), second.version(),
                List.of(ScoreInput.of("1a", 6, "Minutes"))));
        AsUser.call(data.user(Role.STRATEGY_LEAD, own.id()),
                () -> service.approve(secondSubmitted.id(), secondSubmitted.version()));

        assertThat(activityTotals()).as("means of both assessments, each weighing the same")
                .containsExactly("1: 9.5/2", "2: 4.0/1");
    }

    private List<String> activityTotals() {
        return jdbc.query("SELECT element_code, mean_sum, assessments FROM activity_standard_total"
                + " WHERE activity_id = ? ORDER BY element_code", (rs, n) -> rs.getString(1) + ": "
                + rs.getDouble(2) + "/" + rs.getInt(3), activity.id());
    }

    private List<String> totals(long assessmentId) {
        return jdbc.query("SELECT element_code, score_sum, scored_count FROM assessment_standard_total"
                + " WHERE assessment_id = ? ORDER BY element_code", (rs, n) -> rs.getString(1) + ": "
                + rs.getInt(2) + "/" + rs.getInt(3), assessmentId);
    }

    @Test
    void submittingCountsTheEventByFrameworkAndStage() {
        Framework factors = standards.framework(StandardIds.THIRD_SECTOR_FACTORS);
        double before = count(factors.id(), "PLANNING_CHECK");
        Assessment started = AsUser.call(staff, () -> service.start(activity.id(), factors.id(), CycleStage.PLANNING_CHECK));

        AsUser.call(staff, () -> service.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 3, "site"))));

        assertThat(count(factors.id(), "PLANNING_CHECK")).isEqualTo(before + 1);
    }

    @Test
    void twoAssessorsScoreTheSameActivityAndDisagreementIsFlagged() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        AsUser.call(staff, () -> service.submit(a.id(), a.version(), List.of(ScoreInput.of("1a", 6, "notes"))));
        Assessment b = AsUser.call(lead, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        AsUser.call(lead, () -> service.submit(b.id(), b.version(), List.of(ScoreInput.of("1a", 3, "notes"))));

        ActivityScores scores = AsUser.call(staff, () -> service.activityScores(activity.id()));
        AssessorComparison comparison = scores.assessorsAt(standards.nationalStandards(), CycleStage.REVIEW);

        assertThat(comparison.assessors()).hasSize(2);
        assertThat(comparison.rows().get(0).spread()).isEqualTo(3.0);
        assertThat(comparison.rows().get(0).flagged()).isTrue();
    }

    @Test
    void aDraftIsLeftOutOfComparisons() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        AsUser.call(staff, () -> service.saveDraft(a.id(), a.version(), List.of(ScoreInput.of("1a", 6, null))));

        ActivityScores scores = AsUser.call(staff, () -> service.activityScores(activity.id()));

        assertThat(scores.assessorsAt(standards.nationalStandards(), CycleStage.REVIEW).assessors()).isEmpty();
        assertThat(scores.assessments()).hasSize(1);
    }

    @Test
    void staffCannotScoreAnotherPartnershipsActivityNorReadIt() {
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.start(otherActivity.id(), NATIONAL, CycleStage.REVIEW)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.activityScores(otherActivity.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.overview(other.id())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void partnersAndNationalViewersMayReadButNotScore() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        for (EngagementPrincipal reader : List.of(data.user(Role.PARTNER, own.id()), data.user(Role.NATIONAL_VIEWER, null))) {
            assertThat(AsUser.call(reader, () -> service.assessment(a.id())).id()).isEqualTo(a.id());
            assertThat(AsUser.call(reader, () -> service.overview(own.id()))).extracting(AssessmentOverviewRow::activityId)
                    .contains(activity.id());
            assertThatThrownBy(() -> AsUser.call(reader, () -> service.start(activity.id(), NATIONAL, CycleStage.PLANNING_CHECK)))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void staffCannotApproveOrReturnAndOnlyTheAssessorEditsTheirScores() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        Assessment submitted = AsUser.call(staff, () -> service.submit(a.id(), a.version(), List.of(ScoreInput.of("1a", 4, "x"))));
        EngagementPrincipal otherStaff = data.user(Role.STAFF, own.id());

        assertThatThrownBy(() -> AsUser.call(otherStaff, () -> service.approve(submitted.id(), submitted.version())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(otherStaff, () -> service.returnToDraft(submitted.id(), submitted.version(), "why")))
                .isInstanceOf(NotPermittedException.class);
        Assessment leadsDraft = AsUser.call(lead, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.saveDraft(leadsDraft.id(), leadsDraft.version(), List.of())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aLeadOfAnotherPartnershipCannotApproveButANationalAdminCan() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        Assessment submitted = AsUser.call(staff, () -> service.submit(a.id(), a.version(), List.of(ScoreInput.of("1a", 4, "x"))));

        assertThatThrownBy(() -> AsUser.call(data.user(Role.STRATEGY_LEAD, other.id()),
                () -> service.approve(submitted.id(), submitted.version()))).isInstanceOf(NotPermittedException.class);
        EngagementPrincipal admin = data.userWith(Set.of(Membership.national(Role.ADMIN)));
        assertThat(AsUser.call(admin, () -> service.approve(submitted.id(), submitted.version())).status())
                .isEqualTo(AssessmentStatus.APPROVED);
    }

    @Test
    void aReviewerReturnsASubmissionWithAReasonAndTheAssessorCanEditAgain() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        Assessment submitted = AsUser.call(staff, () -> service.submit(a.id(), a.version(), List.of(ScoreInput.of("1a", 4, "x"))));

        assertThatThrownBy(() -> AsUser.call(lead, () -> service.returnToDraft(submitted.id(), submitted.version(), "")))
                .isInstanceOf(ValidationException.class);
        Assessment returned = AsUser.call(lead, () -> service.returnToDraft(submitted.id(), submitted.version(),
                "Evidence for 1a is too thin"));
        Assessment edited = AsUser.call(staff, () -> service.saveDraft(returned.id(), returned.version(),
                List.of(ScoreInput.of("1a", 3, "Fuller notes"))));

        assertThat(returned.returnReason()).isEqualTo("Evidence for 1a is too thin");
        assertThat(edited.status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void badScoresAndMissingEvidenceAreRefusedAndNothingChanges() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));

        assertThatThrownBy(() -> AsUser.call(staff, () -> service.saveDraft(a.id(), a.version(), List.of(ScoreInput.of("1a", 9, "x")))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.submit(a.id(), a.version(), List.of(ScoreInput.of("1a", 4, " ")))))
                .isInstanceOf(ValidationException.class);

        Assessment unchanged = AsUser.call(staff, () -> service.assessment(a.id()));
        assertThat(unchanged.scores()).isEmpty();
        assertThat(unchanged.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(unchanged.version()).isEqualTo(a.version());
    }

    @Test
    void aStaleVersionIsAConflictAndStartingTwiceAtOneStageIsRefused() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        AsUser.call(staff, () -> service.saveDraft(a.id(), a.version(), List.of(ScoreInput.of("1a", 2, null))));

        assertThatThrownBy(() -> AsUser.call(staff, () -> service.saveDraft(a.id(), a.version(), List.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.start(activity.id(), "no-such-framework", CycleStage.REVIEW)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theOverviewCountsAssessmentsByStatusPerActivity() {
        Assessment a = AsUser.call(staff, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));
        AsUser.call(staff, () -> service.submit(a.id(), a.version(), List.of(ScoreInput.of("1a", 4, "x"))));
        AsUser.call(lead, () -> service.start(activity.id(), NATIONAL, CycleStage.REVIEW));

        List<AssessmentOverviewRow> rows = AsUser.call(staff, () -> service.overview(own.id()));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.activityId()).isEqualTo(activity.id());
            assertThat(row.drafts()).isEqualTo(1);
            assertThat(row.submitted()).isEqualTo(1);
            assertThat(row.approved()).isZero();
        });
    }

    @Test
    void aSignedOutCallerIsRefused() {
        assertThatThrownBy(() -> service.activityScores(activity.id())).isInstanceOf(NotPermittedException.class);
    }

    private double count(String framework, String stage) {
        var counter = meters.find("assessments.submitted").tags("framework", framework, "stage", stage).counter();
        return counter == null ? 0 : counter.count();
    }

}
