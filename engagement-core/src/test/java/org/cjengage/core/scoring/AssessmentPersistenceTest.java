package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/** Assessments round-trip through a real MariaDB with every column, scores and the framework version. */
@SpringBootTest(classes = CoreTestApplication.class)
@Transactional
class AssessmentPersistenceTest {

    @Autowired AssessmentRepository assessments;
    @Autowired TestData data;

    @Test
    void anApprovedAssessmentWithScoresNotApplicableAndMissingIndicatorsRoundTrips() {
        Partnership p = data.partnership();
        EngagementActivity activity = data.activity(data.plan(p.id()), "Focus group");
        EngagementPrincipal staff = data.user(Role.STAFF, p.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, p.id());
        Set<IndicatorScore> scores = Set.of(IndicatorScore.scored("1", "1a", 6, "Sign-in sheets"),
                IndicatorScore.notApplicable("1", "1b", "Nobody with these needs took part"),
                new IndicatorScore("1", "1c", null, false, null));
        Assessment approved = Assessment.start(activity.id(), p.id(), staff.userId(), "national-standards", "2016.0-old",
                CycleStage.PLANNING_CHECK).withScores(scores, "2016.0-old").submit().approve(lead.userId());

        Assessment saved = assessments.save(approved);
        Assessment loaded = assessments.findById(saved.id()).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt", "submittedAt", "approvedAt")
                .isEqualTo(saved);
        assertThat(loaded.scores()).containsExactlyInAnyOrderElementsOf(scores);
        assertThat(loaded.frameworkVersion()).isEqualTo("2016.0-old");
        assertThat(loaded.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(loaded.reviewerId()).isEqualTo(lead.userId());
        assertThat(loaded.submittedAt()).isNotNull();
        assertThat(loaded.approvedAt()).isNotNull();
        assertThat(loaded.version()).isZero();
        assertThat(assessments.findAllByActivityIdOrderById(activity.id())).extracting(Assessment::id)
                .containsExactly(saved.id());
        assertThat(assessments.existsByActivityIdAndAssessorIdAndImportedAssessorAndStageAndFrameworkId(activity.id(),
                staff.userId(), 0, CycleStage.PLANNING_CHECK, "national-standards")).isTrue();
    }

    @Test
    void theImportingUsersAssessmentsOfSeveralImportedAssessorsAreStoredApartButEachAssessorOnlyOnce() {
        Partnership p = data.partnership();
        EngagementActivity activity = data.activity(data.plan(p.id()), "Forum");
        EngagementPrincipal importer = data.user(Role.ADMIN, p.id());
        Assessment own = assessments.save(Assessment.start(activity.id(), p.id(), importer.userId(),
                "national-standards", "2016.1", CycleStage.REVIEW));

        Assessment first = assessments.save(imported(own, 1));
        Assessment second = assessments.save(imported(own, 2));

        assertThat(assessments.findById(second.id()).orElseThrow().importedAssessor()).isEqualTo(2);
        assertThat(assessments.findAllByActivityIdOrderById(activity.id())).extracting(Assessment::importedAssessor)
                .containsExactly(0, 1, 2);
        assertThat(first.isImported()).isTrue();
        assertThat(own.isImported()).isFalse();
        assertThatThrownBy(() -> assessments.save(imported(own, 2))).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> assessments.save(Assessment.start(activity.id(), p.id(), importer.userId(),
                "national-standards", "2016.1", CycleStage.REVIEW))).isInstanceOf(DuplicateKeyException.class);
    }

    private static Assessment imported(Assessment like, int assessor) {
        return new Assessment(null, like.activityId(), like.partnershipId(), like.assessorId(), assessor,
                like.frameworkId(), like.frameworkVersion(), like.stage(), like.status(), like.scores(), null, null,
                null, null, null, like.createdAt(), like.updatedAt());
    }

    @Test
    void savingAStaleAssessmentVersionIsRefused() {
        Partnership p = data.partnership();
        EngagementActivity activity = data.activity(data.plan(p.id()), "Survey");
        EngagementPrincipal staff = data.user(Role.STAFF, p.id());
        Assessment v0 = assessments.save(Assessment.start(activity.id(), p.id(), staff.userId(), "national-standards",
                "2016.1", CycleStage.REVIEW));
        assessments.save(v0.withScores(Set.of(IndicatorScore.scored("1", "1a", 3, null)), "2016.1"));

        assertThatThrownBy(() -> assessments.save(v0.withScores(Set.of(), "2016.1")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }
}
