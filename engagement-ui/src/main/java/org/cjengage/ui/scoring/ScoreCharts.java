package org.cjengage.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

import org.cjengage.core.scoring.CycleStage;
import org.cjengage.core.scoring.AssessmentResult;
import org.cjengage.core.scoring.AssessorComparison;
import org.cjengage.core.scoring.StageComparison;
import org.cjengage.core.standards.Scale;
import org.cjengage.ui.common.chart.DataTable;
import org.cjengage.ui.common.chart.EChart;
import org.cjengage.ui.common.chart.RadarChart;

/** Builds the radar chart option and the data tables of scoring results (same numbers in both). */
final class ScoreCharts {

    private ScoreCharts() {
    }

    /** Radar of the planning check and the review, one spoke per element; an element with no result is left out. */
    static Map<String, Object> radar(Component c, StageComparison comparison, Scale scale) {
        List<StageComparison.Row> rows = comparison.rows();
        return RadarChart.option(c::getTranslation, rows.stream().map(StageComparison.Row::name).toList(),
                (double) scale.max(), List.of(
                        new RadarChart.Line(c.getTranslation("scoring.stage." + CycleStage.PLANNING_CHECK.name()),
                                rows.stream().map(StageComparison.Row::planning).toList()),
                        new RadarChart.Line(c.getTranslation("scoring.stage." + CycleStage.REVIEW.name()),
                                rows.stream().map(StageComparison.Row::review).toList())));
    }

    static void stageTable(Component c, DataTable table, StageComparison comparison, String elementNoun) {
        List<List<String>> rows = comparison.rows().stream().map(row -> List.of(row.code() + " " + row.name(),
                Formats.mean(c, row.planning()), Formats.mean(c, row.review()),
                c.getTranslation("scoring.change." + row.change().name()))).toList();
        table.setData(c.getTranslation("scoring.stages.caption", elementNoun.toLowerCase(java.util.Locale.UK)),
                List.of(elementNoun,
                c.getTranslation("scoring.stage." + CycleStage.PLANNING_CHECK.name()), c.getTranslation("scoring.stage." + CycleStage.REVIEW.name()),
                c.getTranslation("scoring.column.change")), rows);
    }

    static void assessorTable(Component c, DataTable table, String caption, AssessorComparison comparison,
                              String elementNoun) {
        List<String> headers = new ArrayList<>();
        headers.add(elementNoun);
        headers.addAll(comparison.assessors());
        headers.addAll(List.of(c.getTranslation("scoring.column.mean"), c.getTranslation("scoring.column.spread"),
                c.getTranslation("scoring.column.flag")));
        List<List<String>> rows = new ArrayList<>();
        for (AssessorComparison.Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.code() + " " + row.name());
            row.perAssessor().forEach(v -> cells.add(Formats.mean(c, v)));
            cells.add(Formats.mean(c, row.mean()));
            cells.add(row.spread() == null ? "" : Formats.mean(c, row.spread()));
            cells.add(row.flagged() ? c.getTranslation("scoring.flag.differ") : "");
            rows.add(cells);
        }
        table.setData(caption, headers, rows);
    }

    static void resultTable(Component c, DataTable table, AssessmentResult result, String elementNoun) {
        List<List<String>> rows = new ArrayList<>();
        result.elements().forEach(e -> rows.add(List.of(e.code() + " " + e.name(), Formats.mean(c, e.summary()),
                String.valueOf(e.summary().scored()), String.valueOf(e.summary().notApplicable()),
                String.valueOf(e.summary().missing()))));
        rows.add(List.of(c.getTranslation("scoring.overall"), Formats.mean(c, result.overall()),
                String.valueOf(result.overall().scored()), String.valueOf(result.overall().notApplicable()),
                String.valueOf(result.overall().missing())));
        table.setData(c.getTranslation("scoring.results.caption", elementNoun.toLowerCase(java.util.Locale.UK)),
                List.of(elementNoun,
                c.getTranslation("scoring.column.mean"), c.getTranslation("scoring.column.scored"),
                c.getTranslation("scoring.column.notApplicable"), c.getTranslation("scoring.column.missing")), rows);
    }

    static EChart chart(Component c, String ariaKey) {
        EChart chart = new EChart(c.getTranslation(ariaKey));
        chart.setWidth("min(36em, 100%)");
        chart.setHeight("420px");
        return chart;
    }
}
