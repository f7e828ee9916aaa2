package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.PeopleTable;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;

/**
 * The engagement section of a partnership's annual report for one reporting year (1 April to 31 March):
 * engagement at each stage of the commissioning cycle (by level and by community, and how many people took
 * part), standards results and distance travelled (from their seams). Pure.
 *
 * <p>The report is a published document, so it is written for {@link Audience#BEYOND} (docs/disclosure.md):
 * counts of activities and assessments and mean scores (with their n) are exact; the people who took part,
 * per stage with their total, go through {@link DisclosurePolicy#people(List, Audience)}, and the total row
 * prints the table's own total, so a suppressed cell cannot be subtracted out.
 */
public final class AnnualReportBuilder {

    private final StandardsCatalogue standards;
    private final OutputsText text;
    private final DisclosurePolicy policy;

    public AnnualReportBuilder(StandardsCatalogue standards, OutputsText text, DisclosurePolicy policy) {
        this.standards = standards;
        this.text = text;
        this.policy = policy;
    }

    /** The reporting year starting 1 April of {@code startYear}. */
    public static LocalDate[] period(int startYear) {
        return new LocalDate[] {LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31)};
    }

    /**
     * Whether an activity took place (or was planned to) in the period: its actual dates, else its planned
     * dates, overlap the period. Activities with no dates at all belong to no year.
     */
    public static boolean inPeriod(EngagementActivity a, LocalDate from, LocalDate to) {
        LocalDate start = a.actualStart() != null ? a.actualStart()
                : a.plannedStart() != null ? a.plannedStart() : a.plannedEnd();
        if (start == null) {
            return false;
        }
        LocalDate end = a.actualEnd() != null ? a.actualEnd()
                : a.plannedEnd() != null && !a.plannedEnd().isBefore(start) ? a.plannedEnd() : start;
        return !start.isAfter(to) && !end.isBefore(from);
    }

    public OutputDocument build(Partnership partnership, int startYear, List<EngagementActivity> allActivities,
                                List<StandardsResultsSource.StandardResult> results,
                                List<DistanceTravelledSource.Progress> progress, LocalDate date) {
        LocalDate[] period = period(startYear);
        List<EngagementActivity> activities = allActivities.stream()
                .filter(a -> inPeriod(a, period[0], period[1])).toList();
        long undated = allActivities.stream()
                .filter(a -> a.actualStart() == null && a.plannedStart() == null && a.plannedEnd() == null).count();
        return build(partnership, startYear, activities, undated, results, progress, date);
    }

    /**
     * The report from the year's activities as read by the database ({@code PlanService.activitiesInPeriod}, the same
     * rule as {@link #inPeriod}, which is applied again here) and the number of activities with no date at all.
     */
    public OutputDocument build(Partnership partnership, int startYear, List<EngagementActivity> yearActivities,
                                long undated, List<StandardsResultsSource.StandardResult> results,
                                List<DistanceTravelledSource.Progress> progress, LocalDate date) {
        LocalDate[] period = period(startYear);
        List<EngagementActivity> activities = yearActivities.stream()
                .filter(a -> inPeriod(a, period[0], period[1])).toList();
        String yearLabel = startYear + "–" + String.valueOf(startYear + 1).substring(2);
        List<OutputSection> sections = new ArrayList<>();
        List<Block> intro = new ArrayList<>();
        intro.add(new Block.Text(text.get("outputs.report.intro", partnership.name(),
                StatementBuilder.DATE.format(period[0]), StatementBuilder.DATE.format(period[1]),
                activities.size())));
        if (undated > 0) {
            intro.add(new Block.Text(text.get("outputs.report.undated", undated)));
        }
        List<String> stageCodes = new ArrayList<>(standards.cycleStages().terms().stream().map(Term::code).toList());
        stageCodes.add(null);
        PeopleTable people = policy.people(stageCodes.stream().map(stage -> activities.stream()
                .filter(a -> java.util.Objects.equals(stage, a.stageCode()))
                .mapToLong(AnnualReportBuilder::participants).sum()).toList(), Audience.BEYOND);
        if (people.anySuppressed()) {
            intro.add(new Block.Text(text.get("outputs.report.suppressionNote", policy.threshold() - 1, policy.threshold())));
        }
        sections.add(new OutputSection(text.get("outputs.report.about"), intro));
        sections.add(byStage(activities, stageCodes, people));
        sections.add(standardsResults(results));
        sections.add(distanceTravelled(progress));
        return new OutputDocument(text.get("outputs.report.title", yearLabel),
                text.get("outputs.report.subtitle", partnership.name()), "en-GB", date, sections,
                date.isAfter(period[1]) ? OutputDocument.Dated.AS_AT : OutputDocument.Dated.PROVISIONAL);
    }

    /** The recorded number of people who took part in an activity (none recorded counts 0). */
    static long participants(EngagementActivity a) {
        return a.voice() == null || a.voice().doParticipants() == null ? 0 : a.voice().doParticipants();
    }

    private OutputSection byStage(List<EngagementActivity> activities, List<String> stageCodes, PeopleTable people) {
        List<ScalePoint> levels = standards.levels().points();
        List<String> levelHeaders = new ArrayList<>(List.of(text.get("outputs.col.stage"), text.get("outputs.col.activities")));
        levels.forEach(l -> levelHeaders.add(l.label()));
        levelHeaders.add(text.get("outputs.col.people"));
        List<List<String>> levelRows = new ArrayList<>();
        List<String> communityHeaders = new ArrayList<>(List.of(text.get("outputs.col.stage")));
        standards.communityTypes().terms().forEach(c -> communityHeaders.add(c.label()));
        List<List<String>> communityRows = new ArrayList<>();
        for (int i = 0; i < stageCodes.size(); i++) {
            String stage = stageCodes.get(i);
            List<EngagementActivity> at = activities.stream()
                    .filter(a -> java.util.Objects.equals(stage, a.stageCode())).toList();
            String label = stage == null ? text.get("outputs.notRecorded") : StatementBuilder.label(standards.cycleStages(), stage);
            List<String> row = new ArrayList<>(List.of(label, String.valueOf(at.size())));
            levels.forEach(l -> row.add(String.valueOf(at.stream().filter(a -> l.code().equals(a.levelCode())).count())));
            row.add(text.figure(people.cell(i), policy.threshold()));
            levelRows.add(row);
            List<String> crow = new ArrayList<>(List.of(label));
            standards.communityTypes().terms().forEach(c -> crow.add(String.valueOf(
                    at.stream().filter(a -> a.communityCodes().contains(c.code())).count())));
            communityRows.add(crow);
        }
        List<String> totalRow = new ArrayList<>(List.of(text.get("outputs.row.total"), String.valueOf(activities.size())));
        levels.forEach(l -> totalRow.add(String.valueOf(activities.stream().filter(a -> l.code().equals(a.levelCode())).count())));
        totalRow.add(text.figure(people.total(), policy.threshold()));
        levelRows.add(totalRow);
        return OutputSection.of(text.get("outputs.report.stages"),
                new Block.Table(text.get("outputs.report.stages.byLevel"), levelHeaders, levelRows),
                new Block.Table(text.get("outputs.report.stages.byCommunity"), communityHeaders, communityRows));
    }

    private OutputSection standardsResults(List<StandardsResultsSource.StandardResult> results) {
        if (results.isEmpty()) {
            return OutputSection.of(text.get("outputs.report.standards"), new Block.Text(text.get("outputs.report.standards.none")));
        }
        // assessments are not people, and a mean is shown with its n: both as they are
        List<List<String>> rows = results.stream().map(r -> List.of(r.standard(), String.valueOf(r.assessed()),
                r.average() == null ? "–" : String.format(java.util.Locale.UK, "%.1f", r.average()),
                r.scaleLabel() == null ? "" : r.scaleLabel())).toList();
        return OutputSection.of(text.get("outputs.report.standards"), new Block.Table(text.get("outputs.report.standards.caption"),
                List.of(text.get("outputs.col.standard"), text.get("outputs.col.assessed"), text.get("outputs.col.average"),
                        text.get("outputs.col.rating")), rows));
    }

    private OutputSection distanceTravelled(List<DistanceTravelledSource.Progress> progress) {
        if (progress.isEmpty()) {
            return OutputSection.of(text.get("outputs.report.distance"), new Block.Text(text.get("outputs.report.distance.none")));
        }
        List<List<String>> rows = progress.stream().map(p -> List.of(p.subject(), nullToEmpty(p.fromStage()),
                nullToEmpty(p.toStage()), nullToEmpty(p.target()),
                p.distance() == null ? "" : String.format(java.util.Locale.UK, "%+d", p.distance()),
                p.status() == null ? "" : text.get("outputs.distance.status." + p.status()))).toList();
        return OutputSection.of(text.get("outputs.report.distance"), new Block.Table(text.get("outputs.report.distance.caption"),
                List.of(text.get("outputs.col.subject"), text.get("outputs.col.from"), text.get("outputs.col.to"),
                        text.get("outputs.col.target"), text.get("outputs.col.distance"), text.get("outputs.col.status")), rows));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
