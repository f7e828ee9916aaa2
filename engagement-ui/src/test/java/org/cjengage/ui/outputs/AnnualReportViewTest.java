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
import org.cjengage.core.outputs.AnnualReportService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
    @Autowired org.cjengage.core.outputs.AnnualReportService reports;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

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
        assertThat(view.publish.isVisible()).as("partners do not publish").isFalse();
    }

    @Test
    void aLeadPublishesAFinishedYearAfterConfirmingAndTheRunningYearIsMarkedProvisional() {
        Partnership partnership = data.partnership();
        data.plan(partnership.id());
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, partnership.id()));
        int running = AnnualReportService.reportingYearOf(plans.today());

        UI.getCurrent().navigate(AnnualReportView.class, QueryParameters.of("year", String.valueOf(running)));
        AnnualReportView view = (AnnualReportView) getCurrentView();
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(view.publication.getText()).contains("provisional draft");
        assertThat(view.document.getElement().getTextRecursively()).contains("Draft: provisional figures as at")
                .doesNotContain("Published");

        UI.getCurrent().navigate(AnnualReportView.class, QueryParameters.of("year", String.valueOf(running - 1)));
        view = (AnnualReportView) getCurrentView();
        test(view.publish).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.publication.getText()).startsWith("Published on the public page on");
        assertThat(reports.published(partnership.id(), running - 1)).isPresent();
    }

    @Test
    void downloadingThePdfAndDocxAfterViewingRendersTheReportShownWithoutBuildingItAgain() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> plans.createActivity(plan.id(), new ActivityDraft("Forum in the library", "CONSULT",
                Set.of("VICTIMS"), Set.of(), PlanStatus.IN_PROGRESS, null, Set.of(), Set.of(), "PLAN",
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), null, null)));
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));
        io.micrometer.core.instrument.Timer builds = meters.timer("outputs.build", "type", "annual-report");
        long before = builds.count();

        UI.getCurrent().navigate(AnnualReportView.class, QueryParameters.of("year", "2025"));
        AnnualReportView view = (AnnualReportView) getCurrentView();
        java.util.List<com.vaadin.flow.component.html.Anchor> links = view.downloads.getChildren()
                .map(com.vaadin.flow.component.html.Anchor.class::cast).toList();
        byte[] pdf = Downloads.content(links.get(0));
        byte[] docx = Downloads.content(links.get(1));

        assertThat(builds.count() - before).as("one build for the page and both files").isEqualTo(1);
        assertThat(org.cjengage.core.testsupport.PdfPages.read(pdf).text())
                .contains("Annual report 2025–26", "Engagement at each stage");
        assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
