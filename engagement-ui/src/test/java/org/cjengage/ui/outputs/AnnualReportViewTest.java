package org.cjengage.ui.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class AnnualReportViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theReportForTheChosenYearShowsActivityCountsAsTheyAre() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> {
            for (int i = 0; i < 5; i++) {
                plans.createActivity(plan.id(), new ActivityDraft("Review forum " + i, "ENGAGE", Set.of("THIRD_SECTOR"),
                        Set.of(), PlanStatus.COMPLETE, null, Set.of(), Set.of(), "REVIEW", LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 6, 1), null, null));
            }
        });
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));

        UI.getCurrent().navigate(AnnualReportView.class, QueryParameters.of("year", "2025"));
        AnnualReportView view = (AnnualReportView) getCurrentView();

        String text = view.document.getElement().getTextRecursively();
        assertThat(text).contains("Annual report 2025–26: community engagement",
                "Engagement at each stage of the commissioning cycle", "Review50050", "Analyse00000", "Total50050")
                .doesNotContain("<5");
        assertThat(view.downloads.getChildren().count()).isEqualTo(2);
    }
}
