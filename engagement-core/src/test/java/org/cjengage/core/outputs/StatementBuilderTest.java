package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityMethod;
import org.cjengage.core.plan.ActivityOutcome;
import org.cjengage.core.plan.ActivitySummary;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.FocusCommunity;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.StandardsLoader;
import org.junit.jupiter.api.Test;

class StatementBuilderTest {

    static final StandardsCatalogue STANDARDS = new StandardsLoader().load();
    final StatementBuilder builder = new StatementBuilder(STANDARDS, OutputsText.english(),
            new org.cjengage.core.disclosure.DisclosurePolicy(5));
    final Partnership partnership = new Partnership(1L, "GLEN", "Glen CJP", "Glen", null, null, 0, Instant.now());
    final ActionPlan plan = new ActionPlan(7L, 1L, "Engagement plan 2025-2028", "Outcome",
            LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), 0, Instant.now(), Instant.now());

    static EngagementActivity activity(long id, String description, String level, Set<String> communities,
                                       Set<String> methods, String stage) {
        return activity(id, description, level, communities, methods, stage, null);
    }

    static EngagementActivity activity(long id, String description, String level, Set<String> communities,
                                       Set<String> methods, String stage, Integer participants) {
        return new EngagementActivity(id, 7L, 1L, description, level, PlanStatus.IN_PROGRESS, null, stage,
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1), null, null,
                communities.stream().map(FocusCommunity::new).collect(Collectors.toSet()), Set.of(),
                methods.stream().map(ActivityMethod::new).collect(Collectors.toSet()), Set.of(),
                org.cjengage.core.plan.VoiceCycle.of(java.util.Map.of(), participants), 0, Instant.now(),
                Instant.now());
    }

    final List<EngagementActivity> activities = List.of(
            activity(1, "Forum with charities", "ENGAGE", Set.of("THIRD_SECTOR"), Set.of("THIRD_SECTOR_FORUM"), "REVIEW"),
            activity(2, "Survey of residents", "CONSULT", Set.of("AFFECTED_COMMUNITIES"), Set.of("ONLINE_SURVEY"), "ANALYSE"),
            activity(3, "Workshop with people on orders and the council", "ENGAGE",
                    Set.of("PEOPLE_WITH_CONVICTIONS", "PUBLIC_SECTOR"), Set.of("FACE_TO_FACE", "ONLINE_SURVEY"), null));

    private static OutputSection section(OutputDocument doc, String heading) {
        return doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static List<String> row(Block.Table table, String first) {
        return table.rows().stream().filter(r -> r.getFirst().equals(first)).findFirst().orElseThrow();
    }

    @Test
    void whoWasEngagedCountsEveryActivityOnceForEachOfItsCommunitiesAndItsLevel() {
        // Given activities at every level with one, several or no communities
        List<String> codes = STANDARDS.communityTypes().terms().stream().map(org.cjengage.core.standards.Term::code).toList();
        List<String> levels = STANDARDS.levels().points().stream().map(org.cjengage.core.standards.ScalePoint::code).toList();
        List<EngagementActivity> many = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Set<String> reached = new java.util.HashSet<>();
            for (int c = 0; c < codes.size(); c++) {
                if ((i * 7 + c * 3) % 5 < 2) {
                    reached.add(codes.get(c));
                }
            }
            many.add(activity(i, "Activity " + i, levels.get(i % levels.size()), reached, Set.of(), null));
        }

        // When the statement is built
        Block.Table byCommunity = (Block.Table) section(build(partnership, plan, "Statement", List.of(), many,
                List.of(), LocalDate.of(2026, 1, 1)), "Who we engaged").blocks().get(1);

        // Then each row holds what counting the activities one community and one level at a time gives
        for (org.cjengage.core.standards.Term community : STANDARDS.communityTypes().terms()) {
            List<EngagementActivity> reaching = many.stream().filter(a -> a.communityCodes().contains(community.code()))
                    .toList();
            List<String> expected = new java.util.ArrayList<>(List.of(community.label(), String.valueOf(reaching.size())));
            levels.forEach(level -> expected.add(String.valueOf(reaching.stream()
                    .filter(a -> level.equals(a.levelCode())).count())));
            assertThat(row(byCommunity, community.label())).as(community.code()).isEqualTo(expected);
        }
    }

    @Test
    void whoWasEngagedIsCountedByCommunityTypeWithLevelsAndBySector() {
        OutputDocument doc = build(partnership, plan, "Statement", List.of(), activities, List.of(),
                LocalDate.of(2026, 1, 5));

        OutputSection who = section(doc, "Who we engaged");
        Block.Table byCommunity = (Block.Table) who.blocks().get(1);
        assertThat(byCommunity.headers()).containsExactly("Community type", "Activities", "Inform", "Consult", "Engage");
        assertThat(row(byCommunity, "Third sector organisations")).containsExactly("Third sector organisations", "1", "0", "0", "1");
        assertThat(row(byCommunity, "Victims of crime")).containsExactly("Victims of crime", "0", "0", "0", "0");
        Block.Table bySector = (Block.Table) who.blocks().get(2);
        assertThat(bySector.rows()).containsExactly(List.of("Third sector", "1"), List.of("Public sector", "1"),
                List.of("Communities and individuals", "2"));
        assertThat(((Block.Text) who.blocks().getFirst()).text())
                .isEqualTo("3 recorded activities involved 4 of the 6 community types.");
    }

    @Test
    void levelsMethodsAndStagesAreCountedWithUnrecordedStagesShown() {
        OutputDocument doc = build(partnership, plan, "Statement", List.of(), activities, List.of(),
                LocalDate.of(2026, 1, 5));

        Block.Table levels = (Block.Table) section(doc, "Level of engagement").blocks().getFirst();
        assertThat(levels.rows()).containsExactly(List.of("Inform", "0"), List.of("Consult", "1"), List.of("Engage", "2"));
        Block.Table methods = (Block.Table) section(doc, "Methods we used").blocks().getFirst();
        assertThat(methods.rows()).hasSize(3);
        assertThat(methods.rows()).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("2"));
        Block.Table stages = (Block.Table) section(doc, "Stage of the commissioning cycle").blocks().getFirst();
        assertThat(stages.rows()).containsExactly(List.of("Analyse", "1", "0"), List.of("Plan", "0", "0"),
                List.of("Deliver", "0", "0"), List.of("Review", "1", "0"), List.of("Not recorded", "1", "0"),
                List.of("Total", "3", "0"));
    }

    @Test
    void theStatementNeverPrintsASmallCountOfPeopleOrATotalItCouldBeWorkedOutFrom() {
        List<EngagementActivity> withPeople = List.of(
                activity(1, "Survey", "CONSULT", Set.of("VICTIMS"), Set.of(), "ANALYSE", 2),
                activity(2, "Forum", "ENGAGE", Set.of("THIRD_SECTOR"), Set.of(), "REVIEW", 40),
                activity(3, "Panel", "ENGAGE", Set.of("THIRD_SECTOR"), Set.of(), "DELIVER", 12));

        OutputDocument doc = build(partnership, plan, "Statement", List.of(), withPeople, List.of(),
                LocalDate.of(2026, 1, 5));

        OutputSection section = section(doc, "Stage of the commissioning cycle");
        Block.Table stages = (Block.Table) section.blocks().getFirst();
        assertThat(stages.headers()).containsExactly("Commissioning cycle stage", "Activities", "People who took part");
        // Analyse (2) is small: the first other non-zero stage (Deliver) is hidden with it; activities stay exact
        assertThat(stages.rows()).containsExactly(List.of("Analyse", "1", "<5"), List.of("Plan", "0", "0"),
                List.of("Deliver", "1", "hidden"), List.of("Review", "1", "40"), List.of("Not recorded", "0", "0"),
                List.of("Total", "3", "54"));
        assertThat(section.blocks().get(1)).isInstanceOf(Block.Text.class);
        assertThat(doc.plainText()).contains("shown as \"<5\"");
    }

    @Test
    void youSaidWeDidComesFromTheOutcomeSourceAndIgnoresOtherActivities() {
        List<ActivityOutcome> outcomes = List.of(
                new ActivityOutcome(2, "Buses stop too early for evening events", "Events now end by 7pm"),
                new ActivityOutcome(99, "Not in this plan", "Ignored"),
                new ActivityOutcome(1, " ", null));

        OutputDocument doc = build(partnership, plan, "Statement", List.of(), activities, outcomes,
                LocalDate.of(2026, 1, 5));

        Block.Table table = (Block.Table) section(doc, "You said, we did").blocks().getFirst();
        assertThat(table.rows()).containsExactly(List.of("Survey of residents",
                "Buses stop too early for evening events", "Events now end by 7pm"));
    }

    @Test
    void withoutOutcomesTheStatementSaysNoFeedbackIsRecordedYet() {
        OutputDocument doc = build(partnership, plan, "Statement", List.of(), activities, List.of(),
                LocalDate.of(2026, 1, 5));

        assertThat(section(doc, "You said, we did").blocks()).singleElement().isInstanceOf(Block.Text.class);
    }

    @Test
    void theInitialDraftIsWrittenFromTheDataAndTheNarrativeComesFirst() {
        List<StatementSection> initial = builder.initialSections(partnership, plan);

        assertThat(initial).extracting(StatementSection::heading)
                .containsExactly("About this statement", "How we involved people", "Keeping this statement up to date");
        assertThat(initial.get(0).body()).contains("{partnership}", "{plan}", "{start}", "{end}");
        assertThat(initial.get(1).body()).startsWith("We recorded {activities}, reaching {communities}.")
                .contains("{methods}");

        OutputDocument doc = build(partnership, plan, "My statement", initial, activities, List.of(),
                LocalDate.of(2026, 1, 5));
        assertThat(doc.title()).isEqualTo("My statement");
        assertThat(doc.sections().getFirst().heading()).isEqualTo("About this statement");
        assertThat(text(doc.sections().get(0))).contains("Glen CJP", "Engagement plan 2025-2028", "1 April 2025",
                "31 March 2028");
        assertThat(text(doc.sections().get(1))).startsWith("We recorded 3 engagement activities, reaching")
                .contains("third sector organisations").contains("online surveys");
        assertThat(doc.sections()).hasSize(3 + 5);
    }

    @Test
    void oneActivityWithoutMethodsReadsNaturally() {
        List<EngagementActivity> one = List.of(activities.get(0).revise(
                org.cjengage.core.plan.ActivityDraft.of("Forum", "ENGAGE", Set.of("VICTIMS")), 0));

        List<StatementSection> initial = builder.initialSections(partnership, plan);
        OutputDocument doc = build(partnership, plan, "S", initial, one, List.of(), LocalDate.of(2026, 1, 5));
        assertThat(text(doc.sections().get(1))).isEqualTo(
                "We recorded one engagement activity, reaching victims of crime. Methods used most often: none recorded yet.");
        assertThat(build(partnership, plan, "S", List.of(), one, List.of(), LocalDate.of(2026, 1, 5)).plainText())
                .contains("One recorded activity involved 1 of the 6 community types.");
    }

    @Test
    void figuresInTheProseAreTheSameLiveFiguresAsTheTablesWhateverTheDraftWasWrittenFrom() {
        // Given a draft written when the plan had one activity
        List<EngagementActivity> one = activities.subList(0, 1);
        List<StatementSection> initial = builder.initialSections(partnership, plan);
        List<StatementSection> typed = List.of(new StatementSection("Our reach",
                "So far {activityCount} activities reached {communityCount} community types. {unknown} stays."));

        // When the statement is built from the three activities recorded since
        OutputDocument doc = build(partnership, plan, "S", concat(initial, typed), activities, List.of(),
                LocalDate.of(2026, 1, 5));

        // Then the prose says 3, like the table below it, and an unknown name is left as typed
        assertThat(text(doc.sections().get(1))).startsWith("We recorded 3 engagement activities");
        assertThat(text(section(doc, "Our reach"))).isEqualTo("So far 3 activities reached 4 community types. {unknown} stays.");
        assertThat(doc.plainText()).contains("3 recorded activities involved 4 of the 6 community types.");
        assertThat(builder.figures(partnership, plan, summaries(activities)).value("activityCount")).isEqualTo("3");
    }

    /** The statement built from whole activities, as the service builds it from their summaries. */
    private OutputDocument build(Partnership p, ActionPlan forPlan, String title, List<StatementSection> narrative,
                                 List<EngagementActivity> from, java.util.Collection<ActivityOutcome> outcomes,
                                 LocalDate date) {
        return builder.build(p, forPlan, title, narrative, summaries(from), outcomes, date);
    }

    private static List<ActivitySummary> summaries(List<EngagementActivity> from) {
        return from.stream().map(ActivitySummary::of).toList();
    }

    private static String text(OutputSection section) {
        return section.blocks().stream().map(b -> ((Block.Text) b).text()).collect(java.util.stream.Collectors.joining("\n\n"));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void blankLinesInATypedSectionSeparateParagraphs() {
        assertThat(Block.paragraphs("First line\nstill first\n\n  \nSecond")).containsExactly(
                new Block.Text("First line\nstill first"), new Block.Text("Second"));
    }
}
