package org.cjengage.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardScope;
import org.cjengage.core.dashboard.DashboardSection;
import org.cjengage.core.dashboard.SectionCell;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Accepted feedback reaches the dashboard as a section whose people figures follow the disclosure rule. */
@SpringBootTest(classes = CoreTestApplication.class)
class FeedbackDashboardTest {

    @Autowired FeedbackService feedback;
    @Autowired FeedbackDashboardContributor contributor;
    @Autowired DisclosurePolicy policy;
    @Autowired TestData data;
    @Autowired org.cjengage.core.outputs.AnnualReportService reports;
    @Autowired java.time.Clock clock;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void acceptedAnswersAreAveragedAndTheirNumberIsDisclosedByAudience() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        EngagementActivity activity = data.activity(plan, "Recovery cafe listening session");
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        for (String score : new String[] {"5", "4", "3"}) {
            feedback.submit(link.token(), Map.of("LISTENED", score), null, TestData.unique("addr"));
        }
        feedback.submit(link.token(), Map.of("LISTENED", "1"), null, TestData.unique("addr"));
        var pending = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING));
        AsUser.run(lead, () -> pending.subList(0, 3).forEach(r -> feedback.accept(r.id(), r.version())));

        DashboardSection raw = contributor.section(DashboardScope.partnership(partnership.id()),
                new DashboardFilter(plan.id(), null, null, null, null)).orElseThrow();

        DashboardSection.Row listened = raw.rows().stream().filter(r -> r.label().equals("Did you feel listened to?"))
                .findFirst().orElseThrow();
        DashboardSection inside = raw.disclosed(policy, Audience.PARTNERSHIP);
        DashboardSection beyond = raw.disclosed(policy, Audience.BEYOND);
        int row = raw.rows().indexOf(listened);
        assertThat(inside.rows().get(row).cells()).containsExactly(
                new SectionCell.ShownAverage(4.0, Figure.exact(3)), new SectionCell.Shown(Figure.exact(3)));
        assertThat(beyond.rows().get(row).cells()).containsExactly(
                new SectionCell.ShownAverage(null, Figure.small()), new SectionCell.Shown(Figure.small()));
    }

    @Test
    void theAnnualReportShowsTheYearsAcceptedFeedbackAsPublishedFigures() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        EngagementActivity activity = data.activity(plan, "Community payback open day");
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        for (int i = 0; i < 6; i++) {
            feedback.submit(link.token(), Map.of("LISTENED", i % 2 == 0 ? "5" : "4"), null, TestData.unique("addr"));
        }
        var pending = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING));
        AsUser.run(lead, () -> pending.forEach(r -> feedback.accept(r.id(), r.version())));
        int year = org.cjengage.core.outputs.AnnualReportService.reportingYearOf(java.time.LocalDate.now(clock));

        var report = AsUser.call(lead, () -> reports.report(partnership.id(), year));

        var section = report.sections().stream().filter(s -> s.heading().equals("Feedback from people who took part"))
                .findFirst().orElseThrow();
        assertThat(section.blocks().getFirst()).isEqualTo(new org.cjengage.core.outputs.Block.Text(
                "People who took part in the year's activities could answer a short anonymous form. Accepted responses in the year: 6."));
        var table = (org.cjengage.core.outputs.Block.Table) section.blocks().get(1);
        assertThat(table.rows()).contains(java.util.List.of("Did you feel listened to?", "4.5 out of 5", "6"));
        assertThat(table.rows()).anySatisfy(row -> assertThat(row).containsExactly(
                "Was taking part worth your time?", "Not shown (too few answers)", "0"));
    }
}
