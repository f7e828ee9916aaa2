package org.cjengage.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cjengage.core.dashboard.Breakdown;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardService;
import org.cjengage.core.dashboard.PartnershipDashboard;
import org.cjengage.core.outputs.AnnualReportService;
import org.cjengage.core.outputs.Block;
import org.cjengage.core.outputs.OutputDocument;
import org.cjengage.core.outputs.OutputSection;
import org.cjengage.core.outputs.OutputsText;
import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.outputs.PartnershipPage;
import org.cjengage.core.outputs.PartnershipPageService;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard as it leaves the partnership (an export), the annual report, the participation statement and
 * the public page are all {@link Audience#BEYOND}: on the same data they must print the same figures.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class FiguresAgreeTest {

    private static final OutputsText TEXT = OutputsText.english();

    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired DashboardService dashboards;
    @Autowired AnnualReportService reports;
    @Autowired ParticipationStatementService statements;
    @Autowired PartnershipPageService pages;
    @Autowired DisclosurePolicy policy;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void theDashboardAnnualReportStatementAndPublicPageShowTheSameFiguresBeyondThePartnership() {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        activity(plan, "Victims' survey", "ANALYSE", 3);
        activity(plan, "Planning workshop", "PLAN", 25);
        activity(plan, "Forum", "DELIVER", 40);
        activity(plan, "Review panel", "REVIEW", null);
        activity(plan, "Drop-in", null, 7);
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.call(lead, () -> {
            StatementDraft draft = statements.draft(plan.id());
            StatementDraft saved = statements.saveDraft(plan.id(), null,
                    new StatementDraft.StatementContent(draft.title(), draft.sections()));
            statements.publish(plan.id(), saved.version());
            return pages.save(partnership.id(), null, new PartnershipPage.Content("Coordinator", "coordinator@example.org", null, null,
                    null, null, true));
        });

        PartnershipDashboard dashboard = AsUser.call(lead,
                () -> dashboards.partnershipForExport(partnership.id(), DashboardFilter.NONE));
        OutputDocument report = AsUser.call(lead, () -> reports.report(partnership.id(), 2025));
        OutputDocument statement = AsUser.call(lead, () -> statements.preview(plan.id()));
        AsUser.signOut();
        PartnershipPageService.PublicFigures publicFigures = pages.publicPage(partnership.code()).orElseThrow().figures();

        List<String> dashboardPeople = dashboard.figures().peopleByStage().items().stream()
                .map(i -> text(i.figure())).toList();
        List<List<String>> reportRows = table(report, "Engagement at each stage of the commissioning cycle").rows();
        List<List<String>> statementRows = table(statement, "Stage of the commissioning cycle").rows();

        // one small stage (3): suppressed everywhere, with the same partner hidden beside it
        assertThat(dashboardPeople).containsExactly("<5", "hidden", "40", "0", "7");
        assertThat(reportRows.subList(0, 5)).extracting(List::getLast).containsExactlyElementsOf(dashboardPeople);
        assertThat(statementRows.subList(0, 5)).extracting(r -> r.get(2)).containsExactlyElementsOf(dashboardPeople);

        String people = text(dashboard.figures().people());
        assertThat(people).isEqualTo("75");
        assertThat(reportRows.getLast().getLast()).isEqualTo(people);
        assertThat(statementRows.getLast().get(2)).isEqualTo(people);
        assertThat(text(publicFigures.people())).isEqualTo(people);

        String activityCount = text(dashboard.figures().total());
        assertThat(activityCount).isEqualTo("5");
        assertThat(reportRows.getLast().get(1)).isEqualTo(activityCount);
        assertThat(statementRows.getLast().get(1)).isEqualTo(activityCount);
        assertThat(text(publicFigures.activities())).isEqualTo(activityCount);
        assertThat(dashboard.figures().byStage().items()).extracting(Breakdown.Item::figure)
                .extracting(this::text)
                .containsExactlyElementsOf(statementRows.subList(0, 5).stream().map(r -> r.get(1)).toList());
    }

    private void activity(ActionPlan plan, String description, String stage, Integer participants) {
        activities.save(EngagementActivity.create(plan, new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"),
                Set.of(), PlanStatus.IN_PROGRESS, null, Set.of(), Set.of(), stage, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 9, 1), null, null).withVoice(VoiceCycle.of(Map.of(), participants))));
    }

    private String text(Figure figure) {
        return TEXT.figure(figure, policy.threshold());
    }

    private static Block.Table table(OutputDocument doc, String heading) {
        OutputSection section = doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
        return (Block.Table) section.blocks().getFirst();
    }
}
