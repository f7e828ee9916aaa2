package org.cjengage.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo plan comes with assessments that show every feature of scoring. */
@SpringBootTest(classes = CoreTestApplication.class)
class ScoringDemoDataTest {

    @Autowired AssessmentService service;
    @Autowired UserRepository users;
    @Autowired StandardsCatalogue standards;

    @Test
    void theDemoPlanHasDraftSubmittedAndApprovedAssessmentsWithTwoAssessorsWhoDisagree() {
        EngagementPrincipal lead = EngagementPrincipal.of(users.findByUsername(DemoUsers.LEAD).orElseThrow());
        long partnership = lead.memberships().stream().map(Membership::partnershipId).findFirst().orElseThrow();

        List<AssessmentOverviewRow> rows = AsUser.call(lead, () -> service.overview(partnership));

        assertThat(rows.stream().mapToInt(AssessmentOverviewRow::drafts).sum()).isEqualTo(1);
        assertThat(rows.stream().mapToInt(AssessmentOverviewRow::submitted).sum()).isEqualTo(1);
        assertThat(rows.stream().mapToInt(AssessmentOverviewRow::approved).sum()).isEqualTo(3);
        AssessmentOverviewRow questionnaire = rows.stream().filter(r -> r.total() == 3).findFirst().orElseThrow();
        ActivityScores scores = AsUser.call(lead, () -> service.activityScores(questionnaire.activityId()));
        var national = standards.nationalStandards();
        assertThat(scores.assessorsAt(national, CycleStage.REVIEW).assessors()).hasSize(2);
        assertThat(scores.assessorsAt(national, CycleStage.REVIEW).anyFlagged()).isTrue();
        assertThat(scores.stages(national).rows()).extracting(StageComparison.Row::change).contains(Change.IMPROVED);
        assertThat(AsUser.call(lead, () -> service.partnershipScores(partnership)).assessments())
                .as("the partnership reviewed as a whole against the success factors").singleElement()
                .satisfies(s -> assertThat(s.assessment().status()).isEqualTo(AssessmentStatus.APPROVED));
    }
}
