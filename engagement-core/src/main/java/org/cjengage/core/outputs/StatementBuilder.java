package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.PeopleTable;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivitySummary;
import org.cjengage.core.plan.ActivityOutcome;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;
import org.cjengage.core.standards.Vocabulary;

/**
 * Drafts a participation statement from a plan's recorded activities: the narrative sections a lead starts
 * from, and the figures (who was engaged by community type and sector, at what level, by which methods, at
 * which commissioning-cycle stage with how many people took part, and "you said, we did"). Pure: no
 * database, no security.
 *
 * <p>A statement is published, and its preview shows it as it will be published: figures are disclosed as
 * {@link Audience#BEYOND} (docs/disclosure.md). Counts of activities are exact; the people who took part,
 * per stage with their total, go through {@link DisclosurePolicy#people(List, Audience)}.
 */
public final class StatementBuilder {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String NOT_RECORDED = "";

    private final StandardsCatalogue standards;
    private final OutputsText text;
    private final DisclosurePolicy policy;

    public StatementBuilder(StandardsCatalogue standards, OutputsText text, DisclosurePolicy policy) {
        this.standards = standards;
        this.text = text;
        this.policy = policy;
    }

    /**
     * The narrative sections a new draft starts with. Figures and names are placeholders
     * ({@link StatementFigures}), so the text shows the live figures whenever it is previewed or published; they need
     * no activities.
     */
    public List<StatementSection> initialSections(Partnership partnership, ActionPlan plan) {
        return List.of(
                new StatementSection(text.get("outputs.statement.draft.aboutHeading"),
                        text.get("outputs.statement.draft.about", StatementFigures.token("partnership"),
                                StatementFigures.token("plan"), StatementFigures.token("start"),
                                StatementFigures.token("end"))),
                new StatementSection(text.get("outputs.statement.draft.howHeading"),
                        text.get("outputs.statement.draft.howLive")),
                new StatementSection(text.get("outputs.statement.draft.nextHeading"),
                        text.get("outputs.statement.draft.next")));
    }

    /** The whole statement: the given narrative sections, then the figures drawn from the activities. */
    public OutputDocument build(Partnership partnership, ActionPlan plan, String title,
                                List<StatementSection> narrative, List<ActivitySummary> activities,
                                Collection<ActivityOutcome> outcomes, LocalDate date) {
        List<OutputSection> sections = new ArrayList<>();
        StatementFigures figures = figures(partnership, plan, activities);
        for (StatementSection s : narrative) {
            sections.add(new OutputSection(figures.fill(s.heading()), Block.paragraphs(figures.fill(s.body()))));
        }
        sections.add(whoWeEngaged(activities));
        sections.add(levels(activities));
        sections.add(methods(activities));
        sections.add(stages(activities));
        sections.add(youSaidWeDid(activities, outcomes));
        String subtitle = text.get("outputs.statement.subtitle", partnership.name(), plan.title(),
                DATE.format(plan.periodStart()), DATE.format(plan.periodEnd()));
        return new OutputDocument(title, subtitle, "en-GB", date, sections);
    }

    /** The live values of the placeholders a draft's text may use. */
    public StatementFigures figures(Partnership partnership, ActionPlan plan, List<ActivitySummary> activities) {
        return StatementFigures.of(standards, text, partnership, plan, activities);
    }

    OutputSection whoWeEngaged(List<ActivitySummary> activities) {
        Vocabulary communities = standards.communityTypes();
        List<String> levelCodes = standards.levels().points().stream().map(ScalePoint::code).toList();
        List<String> headers = new ArrayList<>(List.of(text.get("outputs.col.community"), text.get("outputs.col.activities")));
        standards.levels().points().forEach(p -> headers.add(p.label()));
        // one pass over the activities, each one's community codes worked out once (issue 16: 10,000 activities)
        Map<String, Tally> byCommunity = new LinkedHashMap<>();
        communities.terms().forEach(t -> byCommunity.put(t.code(), new Tally(levelCodes)));
        Tally sectors = new Tally(java.util.Arrays.stream(Sectors.values()).map(Enum::name).toList());
        for (ActivitySummary a : activities) {
            Set<String> codes = a.communityCodes();
            for (String code : codes) {
                Tally levels = byCommunity.get(code);
                if (levels != null) {
                    levels.add(a.levelCode() == null ? "" : a.levelCode());
                }
            }
            Sectors.of(communities, codes).forEach(s -> sectors.add(s.name()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Term community : communities.terms()) {
            Tally levels = byCommunity.get(community.code());
            List<String> row = new ArrayList<>(List.of(community.label(), String.valueOf(levels.total())));
            for (String level : levelCodes) {
                row.add(String.valueOf(levels.get(level)));
            }
            rows.add(row);
        }
        List<List<String>> sectorRows = sectors.asMap().entrySet().stream()
                .map(e -> List.of(text.get("outputs.sector." + e.getKey()), String.valueOf(e.getValue()))).toList();
        long reached = byCommunity.values().stream().filter(t -> t.total() > 0).count();
        return OutputSection.of(text.get("outputs.statement.who"),
                new Block.Text(text.get("outputs.statement.who.summary", activities.size(), reached,
                        communities.terms().size())),
                new Block.Table(text.get("outputs.statement.who.byCommunity"), headers, rows),
                new Block.Table(text.get("outputs.statement.who.bySector"),
                        List.of(text.get("outputs.col.sector"), text.get("outputs.col.activities")), sectorRows));
    }

    OutputSection levels(List<ActivitySummary> activities) {
        Tally tally = new Tally(standards.levels().points().stream().map(ScalePoint::code).toList());
        activities.forEach(a -> tally.add(a.levelCode()));
        return OutputSection.of(text.get("outputs.statement.levels"),
                table(text.get("outputs.statement.levels.caption"), text.get("outputs.col.level"), tally,
                        code -> standards.levels().byCode(code).map(ScalePoint::label).orElse(code)));
    }

    OutputSection methods(List<ActivitySummary> activities) {
        Tally tally = tallyMethods(activities);
        List<List<String>> rows = tally.asMap().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> List.of(label(standards.methods(), e.getKey()), String.valueOf(e.getValue()))).toList();
        Block body = rows.isEmpty() ? new Block.Text(text.get("outputs.statement.methods.none"))
                : new Block.Table(text.get("outputs.statement.methods.caption"),
                List.of(text.get("outputs.col.method"), text.get("outputs.col.activities")), rows);
        return OutputSection.of(text.get("outputs.statement.methods"), body);
    }

    OutputSection stages(List<ActivitySummary> activities) {
        List<String> codes = new ArrayList<>(standards.cycleStages().terms().stream().map(Term::code).toList());
        codes.add(NOT_RECORDED);
        Tally tally = new Tally(codes);
        activities.forEach(a -> tally.add(a.stageCode() == null ? NOT_RECORDED : a.stageCode()));
        PeopleTable people = policy.people(codes.stream().map(code -> activities.stream()
                .filter(a -> code.equals(a.stageCode() == null ? NOT_RECORDED : a.stageCode()))
                .mapToLong(ActivitySummary::participantsOrZero).sum()).toList(), Audience.BEYOND);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            rows.add(List.of(code.isEmpty() ? text.get("outputs.notRecorded") : label(standards.cycleStages(), code),
                    String.valueOf(tally.get(code)), text.figure(people.cell(i), policy.threshold())));
        }
        rows.add(List.of(text.get("outputs.row.total"), String.valueOf(tally.total()),
                text.figure(people.total(), policy.threshold())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(text.get("outputs.statement.stages.caption"), List.of(text.get("outputs.col.stage"),
                text.get("outputs.col.activities"), text.get("outputs.col.people")), rows));
        if (people.anySuppressed()) {
            blocks.add(new Block.Text(text.get("outputs.report.suppressionNote", policy.threshold() - 1, policy.threshold())));
        }
        return new OutputSection(text.get("outputs.statement.stages"), blocks);
    }

    OutputSection youSaidWeDid(List<ActivitySummary> activities, Collection<ActivityOutcome> outcomes) {
        Map<Long, ActivitySummary> byId = activities.stream()
                .collect(Collectors.toMap(ActivitySummary::id, Function.identity()));
        List<List<String>> rows = outcomes.stream()
                .filter(o -> byId.containsKey(o.activityId()))
                .filter(o -> !blank(o.youSaid()) || !blank(o.weDid()))
                .sorted(Comparator.comparing(ActivityOutcome::activityId))
                .map(o -> List.of(byId.get(o.activityId()).description(), nullToEmpty(o.youSaid()),
                        nullToEmpty(o.weDid())))
                .toList();
        Block body = rows.isEmpty() ? new Block.Text(text.get("outputs.statement.youSaid.none"))
                : new Block.Table(text.get("outputs.statement.youSaid.caption"), List.of(text.get("outputs.col.activity"),
                text.get("outputs.col.youSaid"), text.get("outputs.col.weDid")), rows);
        return OutputSection.of(text.get("outputs.statement.youSaid"), body);
    }

    private Tally tallyMethods(List<ActivitySummary> activities) {
        Tally tally = Tally.ofTerms(standards.methods().terms());
        activities.forEach(a -> a.methodCodes().forEach(tally::add));
        return tally;
    }

    private Block.Table table(String caption, String firstHeader, Tally tally, Function<String, String> label) {
        List<List<String>> rows = tally.asMap().entrySet().stream()
                .map(e -> List.of(label.apply(e.getKey()), String.valueOf(e.getValue()))).toList();
        return new Block.Table(caption, List.of(firstHeader, text.get("outputs.col.activities")), rows);
    }

    static String label(Vocabulary vocabulary, String code) {
        return vocabulary.term(code).map(Term::label).orElse(code);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
