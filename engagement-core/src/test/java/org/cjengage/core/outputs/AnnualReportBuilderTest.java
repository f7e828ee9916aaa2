package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.junit.jupiter.api.Test;

class AnnualReportBuilderTest {

    final AnnualReportBuilder builder = new AnnualReportBuilder(StatementBuilderTest.STANDARDS, OutputsText.english(),
            new DisclosurePolicy(5));
    final Partnership partnership = new Partnership(1L, "GLEN", "Glen CJP", "Glen", null, null, 0, Instant.now());

    @Test
    void aReportForAYearThatHasNotEndedIsAProvisionalDraftNotPublished() {
        OutputDocument unfinished = builder.build(partnership, 2026, List.of(), List.of(), List.of(),
                LocalDate.of(2026, 12, 6));
        OutputDocument lastDay = builder.build(partnership, 2025, List.of(), List.of(), List.of(),
                LocalDate.of(2026, 3, 31));
        OutputDocument finished = builder.build(partnership, 2025, List.of(), List.of(), List.of(),
                LocalDate.of(2026, 4, 1));

        assertThat(unfinished.provisional()).isTrue();
        assertThat(lastDay.provisional()).isTrue();
        assertThat(finished.provisional()).isFalse();
        String html = new XhtmlRenderer(OutputsText.english()).render(unfinished);
        assertThat(html).contains("Draft: provisional figures as at 6 December 2026")
                .doesNotContain("Published");
        assertThat(new XhtmlRenderer(OutputsText.english()).render(finished)).contains("Figures as at 1 April 2026");
    }

    void engagementIsCountedPerStageForTheReportingYearWithActivityCountsExact() {
        List<EngagementActivity> activities = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            activities.add(StatementBuilderTest.activity(i, "Review forum " + i, "ENGAGE", Set.of("THIRD_SECTOR"),
                    Set.of(), "REVIEW"));
        }
        activities.add(StatementBuilderTest.activity(10, "Analysis survey", "CONSULT", Set.of("VICTIMS"), Set.of(), "ANALYSE"));

        OutputDocument doc = builder.build(partnership, 2025, activities, List.of(), List.of(), LocalDate.of(2026, 4, 2));

        assertThat(doc.title()).isEqualTo("Annual report 2025–26: community engagement");
        Block.Table byLevel = (Block.Table) doc.sections().get(1).blocks().getFirst();
        assertThat(byLevel.headers()).containsExactly("Commissioning cycle stage", "Activities", "Inform", "Consult",
                "Engage", "People who took part");
        assertThat(byLevel.rows()).contains(List.of("Review", "6", "0", "0", "6", "0"),
                List.of("Analyse", "1", "0", "1", "0", "0"), List.of("Total", "7", "0", "1", "6", "0"));
        Block.Table byCommunity = (Block.Table) doc.sections().get(1).blocks().get(1);
        assertThat(byCommunity.rows().stream().filter(r -> r.getFirst().equals("Review")).findFirst().orElseThrow())
                .contains("6");
        assertThat(doc.plainText()).contains("7 engagement activities").doesNotContain("<5");
    }

    @Test
    void peopleWhoTookPartAreSuppressedWithATotalThatCannotBeSubtracted() {
        List<EngagementActivity> activities = List.of(
                StatementBuilderTest.activity(1, "Survey", "CONSULT", Set.of("VICTIMS"), Set.of(), "ANALYSE", 3),
                StatementBuilderTest.activity(2, "Forum", "ENGAGE", Set.of("THIRD_SECTOR"), Set.of(), "PLAN", 25),
                StatementBuilderTest.activity(3, "Panel", "ENGAGE", Set.of("THIRD_SECTOR"), Set.of(), "DELIVER", 40));

        OutputDocument doc = builder.build(partnership, 2025, activities, List.of(), List.of(), LocalDate.of(2026, 4, 2));

        Block.Table byLevel = (Block.Table) doc.sections().get(1).blocks().getFirst();
        assertThat(byLevel.rows()).extracting(List::getLast).containsExactly("<5", "hidden", "40", "0", "0", "68");
        assertThat(doc.plainText()).contains("a count of people from 1 to 4 is shown as \"<5\"");
    }

    @Test
    void undatedActivitiesAreCountedExactly() {
        EngagementActivity undated = new EngagementActivity(5L, 7L, 1L, "Undated", "INFORM",
                org.cjengage.core.plan.PlanStatus.NOT_STARTED, null, null, null, null, null, null, Set.of(), Set.of(),
                Set.of(), Set.of(), org.cjengage.core.plan.VoiceCycle.EMPTY, 0, Instant.now(), Instant.now());

        OutputDocument doc = builder.build(partnership, 2025, List.of(undated), List.of(), List.of(), LocalDate.of(2026, 4, 2));

        assertThat(doc.plainText()).contains("One activity has no dates recorded");
    }

    @Test
    void activitiesOutsideTheYearAreNotCounted() {
        EngagementActivity inYear = StatementBuilderTest.activity(1, "In", "INFORM", Set.of(), Set.of(), "PLAN");
        assertThat(AnnualReportBuilder.inPeriod(inYear, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(AnnualReportBuilder.inPeriod(inYear, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).isFalse();
    }

    @Test
    void standardsResultsAndDistanceTravelledComeFromTheirSourcesOrSayNoneYet() {
        OutputDocument none = builder.build(partnership, 2025, List.of(), List.of(), List.of(), LocalDate.of(2026, 4, 2));
        assertThat(none.plainText()).contains("No assessment results against the standards are available for this year.")
                .contains("No progress on the participation scale has been recorded for this year.");

        OutputDocument some = builder.build(partnership, 2025, List.of(),
                List.of(new StandardsResultsSource.StandardResult("Inclusion", 8, 4.25, "Good"),
                        new StandardsResultsSource.StandardResult("Support", 2, 5.0, "Very good")),
                List.of(new DistanceTravelledSource.Progress("Unpaid work service", "Informed", "Consulted", "Co-producing", 2, "ON_TRACK"),
                        new DistanceTravelledSource.Progress("Peer group", "", "Informed", "Consulted")),
                LocalDate.of(2026, 4, 2));
        Block.Table standards = (Block.Table) some.sections().get(2).blocks().getFirst();
        assertThat(standards.rows()).containsExactly(List.of("Inclusion", "8", "4.3", "Good"),
                List.of("Support", "2", "5.0", "Very good"));
        Block.Table distance = (Block.Table) some.sections().get(3).blocks().getFirst();
        assertThat(distance.rows()).containsExactly(
                List.of("Unpaid work service", "Informed", "Consulted", "Co-producing", "+2", "On track"),
                List.of("Peer group", "", "Informed", "Consulted", "", ""));
        assertThat(distance.headers()).contains("Distance travelled (stages)", "Status at end");
    }
}
