package org.cjengage.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.AssessmentRepository;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.scoring.AssessmentStatus;
import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.IndicatorScore;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.common.chart.DataTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The scoring form and the activity's assessment page, driven without a browser. */
@SpringBootTest(classes = EngagementApplication.class)
class ScoringViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired AssessmentService service;
    @Autowired AssessmentRepository assessments;
    @Autowired StandardsCatalogue standards;

    Partnership partnership;
    EngagementActivity activity;
    EngagementPrincipal staff;
    EngagementPrincipal lead;

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        activity = data.activity(data.plan(partnership.id()), "Drop-in at the community hub");
        staff = data.user(Role.STAFF, partnership.id());
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void staffScoreIndicatorsAndSaveADraftThatIsStored() {
        Assessment started = AsUser.call(staff, () -> service.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.PLANNING_CHECK));
        AssessmentView view = open(staff, started);
        ScoringForm form = view.form;

        test(form.scoreFields.get("1a")).selectItem("5 Very good");
        test(form.evidenceFields.get("1a")).setValue("Invitations went out a month ahead");
        test(form.scoreFields.get("1b")).selectItem("Not applicable");
        test(form.saveDraft).click();

        Assessment saved = AsUser.call(staff, () -> service.assessment(started.id()));
        assertThat(saved.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(saved.score("1a").orElseThrow().value()).isEqualTo(5);
        assertThat(saved.score("1a").orElseThrow().evidence()).isEqualTo("Invitations went out a month ahead");
        assertThat(saved.score("1b").orElseThrow().notApplicable()).isTrue();
        assertThat(view.resultCells()).contains("1 Inclusion", "5.0");
    }

    @Test
    void everyIndicatorHasALabelledScoreWithTheScaleAndNotApplicableAndALabelledEvidenceField() {
        Assessment started = AsUser.call(staff, () -> service.start(activity.id(), StandardIds.NATIONAL_STANDARDS,
                CycleStage.REVIEW));
        ScoringForm form = open(staff, started).form;

        assertThat(form.scoreFields).hasSize(35);
        assertThat(form.scoreFields.get("7g").getLabel()).isEqualTo("Score for indicator 7g");
        assertThat(form.evidenceFields.get("7g").getLabel()).isEqualTo("Evidence for indicator 7g");
        assertThat(test(form.scoreFields.get("3a")).getSuggestions()).containsExactly("6 Excellent", "5 Very good",
                "4 Good", "3 Satisfactory / adequate", "2 Weak", "1 Unsatisfactory", "Not applicable");
        assertThat(form.approve.isVisible()).isFalse();
    }

    @Test
    void aRefusedSubmissionMarksTheFieldAndKeepsTheWorkAsADraft() {
        Assessment started = startedByStaff();

        ScoringForm form = submittedWithoutEvidenceFor2a(started);

        assertThat(form.evidenceFields.get("2a").isInvalid()).isTrue();
        assertThat(form.evidenceFields.get("2a").getErrorMessage())
                .isEqualTo("Indicator 2a needs evidence for its score before the assessment can be submitted.");
        assertThat(form.scoreFields.get("2a").getValue()).isEqualTo("4");
        Assessment kept = AsUser.call(staff, () -> service.assessment(started.id()));
        assertThat(kept.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(kept.score("2a").orElseThrow().value()).isEqualTo(4);
    }

    @Test
    void submittingWithUnscoredIndicatorsAsksFirstWithTheCountAndCancellingSubmitsNothing() {
        Assessment started = startedByStaff();
        ScoringForm form = open(staff, started).form;
        test(form.scoreFields.get("1a")).selectItem("4 Good");
        test(form.evidenceFields.get("1a")).setValue("Notes");

        test(form.submit).click();
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("message")).startsWith("34 indicators have no score");
        test(ask).cancel();

        assertThat(AsUser.call(staff, () -> service.assessment(started.id())).status()).isEqualTo(AssessmentStatus.DRAFT);
        test(form.submit).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(AsUser.call(staff, () -> service.assessment(started.id())).status())
                .isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void theResultsTableFollowsTheScoresAsTheyAreChosenBeforeAnythingIsSaved() {
        Assessment started = startedByStaff();
        AssessmentView view = open(staff, started);

        test(view.form.scoreFields.get("1a")).selectItem("6 Excellent");
        test(view.form.scoreFields.get("1b")).selectItem("3 Satisfactory / adequate");

        assertThat(view.resultCells()).containsSequence("1 Inclusion", "4.5", "2");
        assertThat(AsUser.call(staff, () -> service.assessment(started.id())).scores()).isEmpty();
        assertThat(view.hasUnsavedChanges()).isTrue();
    }

    @Test
    void leavingWithUnsavedScoresAsksAndStayingKeepsThem() {
        Assessment started = startedByStaff();
        AssessmentView view = open(staff, started);
        test(view.form.scoreFields.get("1a")).selectItem("5 Very good");

        com.vaadin.flow.component.UI.getCurrent().navigate(ActivityAssessmentsView.path(activity.id()));
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Leave without saving?");
        test(ask).cancel();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.scoreFields.get("1a").getValue()).isEqualTo("5");
    }

    @Test
    void leavingWithUnsavedScoresCanSaveTheDraftOnTheWayOut() {
        Assessment started = startedByStaff();
        AssessmentView view = open(staff, started);
        test(view.form.scoreFields.get("1a")).selectItem("5 Very good");

        com.vaadin.flow.component.UI.getCurrent().navigate(ActivityAssessmentsView.path(activity.id()));
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(ActivityAssessmentsView.class);
        assertThat(AsUser.call(staff, () -> service.assessment(started.id())).score("1a").orElseThrow().value())
                .isEqualTo(5);
    }

    @Test
    void leavingWithoutChangesDoesNotAsk() {
        AssessmentView view = open(staff, startedByStaff());
        assertThat(view.hasUnsavedChanges()).isFalse();

        navigate(ActivityAssessmentsView.path(activity.id()), ActivityAssessmentsView.class);

        assertThat(getCurrentView()).isInstanceOf(ActivityAssessmentsView.class);
        assertThat($(ConfirmDialog.class).exists()).isFalse();
    }

    @Test
    void aScoreChangedToNotApplicableLosesItsEvidenceMarkOnTheNextAttempt() {
        Assessment started = startedByStaff();
        ScoringForm form = submittedWithoutEvidenceFor2a(started);
        assertThat(form.evidenceFields.get("2a").isInvalid()).isTrue();

        test(form.scoreFields.get("2a")).selectItem("Not applicable");
        test(form.scoreFields.get("2b")).selectItem("5 Very good");
        test(form.submit).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(form.evidenceFields.get("2a").isInvalid()).as("2a is not applicable now").isFalse();
        assertThat(form.evidenceFields.get("2b").isInvalid()).isTrue();
        assertThat(AsUser.call(staff, () -> service.assessment(started.id())).status())
                .isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void aReviewerApprovesASubmissionAndTheFormBecomesReadOnly() {
        Assessment submitted = submittedByStaff();
        AssessmentView view = open(lead, submitted);

        assertThat(view.form.approve.isVisible()).isTrue();
        assertThat(view.form.saveDraft.isVisible()).isFalse();
        test(view.form.approve).click();
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("message")).contains("locks the assessment");
        assertThat(AsUser.call(lead, () -> service.assessment(submitted.id())).status())
                .as("nothing happens before the reviewer confirms").isEqualTo(AssessmentStatus.SUBMITTED);
        test(ask).confirm();

        assertThat(AsUser.call(lead, () -> service.assessment(submitted.id())).status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(view.form.approve.isVisible()).isFalse();
        assertThat(view.form.scoreFields.get("1a").isReadOnly()).isTrue();
        assertThat(view.details.getText()).contains("Approved");
    }

    @Test
    void aReviewerMustGiveAReasonToReturnASubmission() {
        Assessment submitted = submittedByStaff();
        AssessmentView view = open(lead, submitted);

        test(view.form.sendBack).click();
        assertThat(view.form.returnReason.isInvalid()).isTrue();
        assertThat(view.form.returnReason.getErrorMessage()).isEqualTo("This field is required.");

        test(view.form.returnReason).setValue("Please add evidence for 1b");
        test(view.form.sendBack).click();
        assertThat(AsUser.call(lead, () -> service.assessment(submitted.id())).returnReason())
                .isEqualTo("Please add evidence for 1b");
    }

    @Test
    void aPartnerSeesTheActivitysResultsWithoutAnyWayToScore() {
        Assessment submitted = submittedByStaff();
        EngagementPrincipal partner = data.user(Role.PARTNER, partnership.id());
        AsUser.signIn(partner);

        ActivityAssessmentsView page = navigate(ActivityAssessmentsView.path(activity.id()), ActivityAssessmentsView.class);

        assertThat(page.startBar.isVisible()).isFalse();
        assertThat(page.heading.getText()).isEqualTo("Assessments: Drop-in at the community hub");
        // the planning check has no result at all: said once above the chart, not on every spoke
        assertThat(page.radar.optionJson()).contains("\"text\":\"Planning check: no result\"", "\"Inclusion\"",
                        "\"Support\\n(no result)\"", "[4.5,0]")
                .doesNotContain("[0,0]", "[0.0,0]", "(Planning check: no result)");
        assertThat(cells(page.stageTable)).containsSequence("1 Inclusion", "No result", "4.5", "Not comparable");
        AssessmentView view = navigate("assessments/" + submitted.id(), AssessmentView.class);
        assertThat(view.form.saveDraft.isVisible()).isFalse();
        assertThat(view.form.approve.isVisible()).isFalse();
        assertThat($(Button.class).all()).noneMatch(b -> b.isVisible() && "Submit for review".equals(b.getText()));
    }

    @Test
    void staffStartAnAssessmentFromTheActivityPage() {
        AsUser.signIn(staff);
        ActivityAssessmentsView page = navigate(ActivityAssessmentsView.path(activity.id()), ActivityAssessmentsView.class);

        test(page.startStage).selectItem("Review");
        test(page.start).click();

        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        var assessments = AsUser.call(staff, () -> service.activityScores(activity.id())).assessments();
        assertThat(assessments).singleElement().satisfies(s -> assertThat(s.assessment().stage()).isEqualTo(CycleStage.REVIEW));
    }

    @Test
    void assessmentsOfTwoImportedAssessorsAreShownAndComparedAsTwoAssessors() {
        EngagementPrincipal importer = data.user(Role.ADMIN, partnership.id());
        Assessment first = imported(importer, 1, 5);
        Assessment second = imported(importer, 2, 2);
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));

        ActivityAssessmentsView page = navigate(ActivityAssessmentsView.path(activity.id()), ActivityAssessmentsView.class);

        assertThat(test(page.grid).getCellText(0, 0)).isEqualTo("Imported assessor 1");
        assertThat(test(page.grid).getCellText(1, 0)).isEqualTo("Imported assessor 2");
        DataTable review = (DataTable) page.assessorTables.getComponentAt(1);
        assertThat(cells(review)).containsSequence("Standard", "Imported assessor 1 (#" + first.id() + ")",
                "Imported assessor 2 (#" + second.id() + ")", "Mean").containsSequence("1 Inclusion", "5.0", "2.0",
                "3.5", "3.0", "Differ by 2 or more");
        assertThat(navigate("assessments/" + second.id(), AssessmentView.class).details.getText())
                .startsWith("Assessor: Imported assessor 2 (imported from an open-data file by " + importer.displayName()
                        + ").");
    }

    /** A submitted review as an open-data import records it: under the importing user, as the file's n-th assessor. */
    private Assessment imported(EngagementPrincipal importer, int assessor, int score) {
        Instant now = Instant.now();
        return assessments.save(new Assessment(null, activity.id(), partnership.id(), importer.userId(), assessor,
                StandardIds.NATIONAL_STANDARDS, standards.nationalStandards().version(), CycleStage.REVIEW,
                AssessmentStatus.SUBMITTED, Set.of(IndicatorScore.scored("1", "1a", score, "Notes")), null, null, now,
                null, null, now, now));
    }

    private Assessment startedByStaff() {
        return AsUser.call(staff, () -> service.start(activity.id(), StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW));
    }

    /** Staff score indicator 2a without the evidence it needs and try to submit. */
    private ScoringForm submittedWithoutEvidenceFor2a(Assessment started) {
        ScoringForm form = open(staff, started).form;
        test(form.scoreFields.get("2a")).selectItem("4 Good");
        test(form.submit).click();
        test($(ConfirmDialog.class).last()).confirm();
        return form;
    }

    private Assessment submittedByStaff() {
        Assessment started = startedByStaff();
        return AsUser.call(staff, () -> service.submit(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 4, "Notes"), ScoreInput.of("1b", 5, "Notes"))));
    }

    private AssessmentView open(EngagementPrincipal user, Assessment assessment) {
        AsUser.signIn(user);
        return navigate("assessments/" + assessment.id(), AssessmentView.class);
    }

    private static List<String> cells(DataTable table) {
        return table.getElement().getChildren().findFirst().stream().flatMap(t -> t.getChildren())
                .flatMap(s -> s.getChildren()).flatMap(r -> r.getChildren()).map(c -> c.getTextRecursively()).toList();
    }
}
