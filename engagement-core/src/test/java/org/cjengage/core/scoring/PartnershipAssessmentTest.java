package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
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

/** The success factors concern the partnership as a whole: they are scored for it, not only per activity. */
@SpringBootTest(classes = CoreTestApplication.class)
class PartnershipAssessmentTest {

    static final String FACTORS = "third-sector-success-factors";

    @Autowired AssessmentService service;
    @Autowired AssessmentStandardTotals totals;
    @Autowired StandardsCatalogue standards;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    Partnership partnership;
    EngagementPrincipal staff;
    EngagementPrincipal lead;

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        staff = data.user(Role.STAFF, partnership.id());
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    @Test
    void theFrameworkDataSaysWhatItAssessesAndWhatItsElementsAreCalled() {
        Framework factors = standards.framework(FACTORS);
        Framework national = standards.nationalStandards();

        assertThat(factors.assessesPartnership()).isTrue();
        assertThat(factors.assessesActivities()).isTrue();
        assertThat(factors.elementName()).isEqualTo("Success factor");
        assertThat(national.assessesPartnership()).isFalse();
        assertThat(national.assessesActivities()).isTrue();
        assertThat(national.elementName()).isNull();
    }

    @Test
    void staffScoreTheSuccessFactorsForThePartnershipAndALeadApprovesIt() {
        // Given staff start an assessment of the partnership as a whole
        Assessment started = AsUser.call(staff, () -> service.startForPartnership(partnership.id(), FACTORS,
                CycleStage.REVIEW));
        assertThat(started.activityId()).isNull();
        assertThat(started.isOfPartnership()).isTrue();

        // When they score two factors and submit, and a lead approves
        Assessment submitted = AsUser.call(staff, () -> service.submit(started.id(), started.version(),
                List.of(ScoreInput.of("1a", 5, "Contact page updated"), ScoreInput.of("2a", 3, "Roles agreed"))));
        Assessment approved = AsUser.call(lead, () -> service.approve(submitted.id(), submitted.version()));

        // Then the partnership's scores list it with its results, and the activity summaries are untouched
        PartnershipScores scores = AsUser.call(lead, () -> service.partnershipScores(partnership.id()));
        assertThat(scores.assessments()).singleElement().satisfies(s -> {
            assertThat(s.assessment().id()).isEqualTo(approved.id());
            assertThat(s.assessment().status()).isEqualTo(AssessmentStatus.APPROVED);
            assertThat(s.result().overall().mean()).isEqualTo(4.0);
        });
        assertThat(scores.stages(standards.framework(FACTORS)).rows()).first()
                .satisfies(row -> assertThat(row.review()).isEqualTo(5.0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_standard_total WHERE assessment_id = ?",
                Integer.class, approved.id())).isZero();
        totals.refreshPartnership(partnership.id()); // a bulk refresh skips it too, rather than failing
    }

    @Test
    void aFrameworkForActivitiesOnlyCannotBeScoredForThePartnership() {
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.startForPartnership(partnership.id(),
                StandardIds.NATIONAL_STANDARDS, CycleStage.REVIEW)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("scoring.validation.notForPartnership"));
        assertThat(AsUser.call(staff, () -> service.partnershipScores(partnership.id())).assessments()).isEmpty();
    }

    @Test
    void oneOpenDraftPerAssessorFrameworkAndStageThenANewRoundOnceSubmitted() {
        Assessment first = AsUser.call(staff, () -> service.startForPartnership(partnership.id(), FACTORS,
                CycleStage.PLANNING_CHECK));
        assertThatThrownBy(() -> AsUser.call(staff, () -> service.startForPartnership(partnership.id(), FACTORS,
                CycleStage.PLANNING_CHECK))).isInstanceOf(ValidationException.class);

        AsUser.run(staff, () -> service.submit(first.id(), first.version(), List.of(ScoreInput.of("1a", 4, "Notes"))));
        Assessment next = AsUser.call(staff, () -> service.startForPartnership(partnership.id(), FACTORS,
                CycleStage.PLANNING_CHECK));

        assertThat(next.id()).isNotEqualTo(first.id());
    }

    @Test
    void partnersReadThePartnershipsAssessmentsButCannotStartOne() {
        EngagementPrincipal partner = data.user(Role.PARTNER, partnership.id());
        AsUser.run(staff, () -> service.startForPartnership(partnership.id(), FACTORS, CycleStage.REVIEW));

        assertThat(AsUser.call(partner, () -> service.partnershipScores(partnership.id())).assessments()).hasSize(1);
        assertThatThrownBy(() -> AsUser.call(partner, () -> service.startForPartnership(partnership.id(), FACTORS,
                CycleStage.REVIEW))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theActivitysListDoesNotShowThePartnershipsAssessments() {
        EngagementActivity activity = data.activity(data.plan(partnership.id()), "Forum");
        AsUser.run(staff, () -> service.startForPartnership(partnership.id(), FACTORS, CycleStage.REVIEW));

        assertThat(AsUser.call(staff, () -> service.activityScores(activity.id())).assessments()).isEmpty();
    }
}
