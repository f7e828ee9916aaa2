package org.cjengage.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
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

/** The success factors scored for the partnership as a whole, headed "Success factor". */
@SpringBootTest(classes = EngagementApplication.class)
class PartnershipAssessmentsViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired AssessmentService service;

    Partnership partnership;
    EngagementPrincipal staff;

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        staff = data.user(Role.STAFF, partnership.id());
        AsUser.signIn(staff); // their only partnership is the current one
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theAssessmentsPageLeadsToThePartnershipsOwnAssessmentsWhereStaffStartOne() {
        AssessmentsOverviewView overview = navigate(AssessmentsOverviewView.class);
        assertThat($(RouterLink.class).withText("Assessments of the partnership as a whole").exists()).isTrue();

        PartnershipAssessmentsView view = navigate(PartnershipAssessmentsView.class);
        assertThat(view.startFramework.getValue().id()).isEqualTo(StandardIds.THIRD_SECTOR_FACTORS);
        assertThat(test(view.startFramework).getSuggestions()).containsExactly("Success factors for third sector engagement");
        test(view.start).click();

        AssessmentView assessment = (AssessmentView) getCurrentView();
        assertThat(assessment.heading.getText())
                .isEqualTo("Assessment of the partnership: Success factors for third sector engagement");
        assertThat(assessment.resultCells()).startsWith("Success factor");
        assertThat(assessment.back.getText()).isEqualTo("Back to the partnership's assessments");
        assertThat(overview).isNotNull();
    }

    @Test
    void submittedScoresShowPerSuccessFactor() {
        Assessment started = service.startForPartnership(partnership.id(), StandardIds.THIRD_SECTOR_FACTORS,
                CycleStage.REVIEW);
        service.submit(started.id(), started.version(), List.of(ScoreInput.of("1a", 5, "Contact page")));

        PartnershipAssessmentsView view = navigate(PartnershipAssessmentsView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        String table = view.stageTable.getElement().getTextRecursively();
        assertThat(table).contains("Mean per success factor", "Success factor");
        assertThat(table).doesNotContain("Standard");
    }

    @Test
    void anActivityCanStillBeScoredAgainstTheSuccessFactorsAndStartsOnTheNationalStandards() {
        var activity = data.activity(data.plan(partnership.id()), "Forum");
        ActivityAssessmentsView view = navigate(ActivityAssessmentsView.path(activity.id()), ActivityAssessmentsView.class);

        assertThat(test(view.startFramework).getSuggestions()).contains("Success factors for third sector engagement");
        assertThat(view.startFramework.getValue().id()).isEqualTo(StandardIds.NATIONAL_STANDARDS);
    }
}
