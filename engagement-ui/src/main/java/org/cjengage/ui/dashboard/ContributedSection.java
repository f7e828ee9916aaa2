package org.cjengage.ui.dashboard;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;

import org.cjengage.core.dashboard.DashboardSection;
import org.cjengage.core.dashboard.SectionCell;
import org.cjengage.ui.common.chart.RadarChart;

/**
 * Draws any {@link DashboardSection} a feature contributes (standards radar, distance travelled, ...): a
 * chart of its numeric columns and a table of every row, with suppressed cells as "&lt;5".
 */
class ContributedSection extends Div {

    ContributedSection(DashboardSection section, FigureText text) {
        setWidthFull();
        List<String> headers = section.columnKeys().stream().map(this::getTranslation).toList();
        List<String> seriesNames = new ArrayList<>();
        List<Integer> numeric = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (DashboardSection.Row row : section.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            row.cells().forEach(c -> cells.add(text(c, text)));
            rows.add(cells);
        }
        if (!section.rows().isEmpty()) {
            // Measures (means, stages) and counts do not share an axis: when a section has measures, only they
            // are charted and its counts stay in the table.
            List<SectionCell> first = section.rows().getFirst().cells();
            boolean hasMeasures = first.stream().anyMatch(ContributedSection::isMeasure);
            for (int i = 0; i < first.size(); i++) {
                SectionCell cell = first.get(i);
                boolean charted = hasMeasures ? isMeasure(cell)
                        : !(cell instanceof SectionCell.Text || cell instanceof SectionCell.Label);
                if (charted) {
                    numeric.add(i);
                    seriesNames.add(headers.size() > i + 1 ? headers.get(i + 1) : "");
                }
            }
        }
        List<List<Double>> values = section.rows().stream()
                .map(r -> numeric.stream().map(i -> value(r.cells().get(i))).toList()).toList();
        List<List<String>> texts = rows.stream().map(r -> numeric.stream().map(i -> r.get(i + 1)).toList()).toList();
        List<String> categories = section.rows().stream().map(DashboardSection.Row::label).toList();
        Map<String, Object> option = section.chart() == DashboardSection.ChartKind.RADAR
                ? RadarChart.option(this::getTranslation, categories, section.valueMax(),
                        radarLines(section, numeric, seriesNames))
                : DashboardCharts.series(section.chart().name(), categories, seriesNames, values, texts, section.valueMax());
        String height = section.chart() == DashboardSection.ChartKind.RADAR ? "360px"
                : DashboardCharts.seriesHeight(section.chart().name(), categories.size(), seriesNames.size());
        add(new ChartSection("dashboard-section-" + section.id(), getTranslation(section.titleKey()), option,
                height, headers, rows, (r, c) -> null));
    }

    private List<RadarChart.Line> radarLines(DashboardSection section, List<Integer> numeric, List<String> names) {
        List<RadarChart.Line> lines = new ArrayList<>();
        for (int s = 0; s < numeric.size(); s++) {
            int column = numeric.get(s);
            lines.add(new RadarChart.Line(names.get(s),
                    section.rows().stream().map(r -> value(r.cells().get(column))).toList(),
                    section.rows().stream().map(r -> gap(r.cells().get(column))).toList()));
        }
        return lines;
    }

    /** Why a chart leaves a cell out: suppressed ("not shown"), or {@code null} for no result. */
    private String gap(SectionCell cell) {
        boolean suppressed = cell instanceof SectionCell.ShownAverage a && !a.basis().isExact()
                || cell instanceof SectionCell.Shown s && !s.figure().isExact();
        return suppressed ? getTranslation("dashboard.section.notShown") : null;
    }

    private static boolean isMeasure(SectionCell cell) {
        return cell instanceof SectionCell.Average || cell instanceof SectionCell.ShownAverage
                || cell instanceof SectionCell.Value;
    }

    private String text(SectionCell cell, FigureText text) {
        return switch (cell) {
            case SectionCell.Text t -> t.text();
            case SectionCell.Label l -> getTranslation(l.key());
            case SectionCell.Value v -> new DecimalFormat("0.#").format(v.value());
            case SectionCell.Shown s -> text.of(s.figure());
            case SectionCell.ShownAverage a when a.value() == null && a.basis().isExact() ->
                    getTranslation("dashboard.section.noResult");
            case SectionCell.ShownAverage a -> a.value() == null ? text.of(a.basis())
                    : new DecimalFormat("0.0").format(a.value());
            case SectionCell.Count c -> String.valueOf(c.value());
            case SectionCell.People p -> String.valueOf(p.value());
            case SectionCell.Average a -> new DecimalFormat("0.0").format(a.value());
            case SectionCell.PeopleAverage a -> new DecimalFormat("0.0").format(a.value());
        };
    }

    private static Double value(SectionCell cell) {
        return switch (cell) {
            case SectionCell.Shown s -> s.figure().isExact() ? s.figure().value().doubleValue() : null;
            case SectionCell.ShownAverage a -> a.value();
            case SectionCell.Count c -> (double) c.value();
            case SectionCell.People p -> (double) p.value();
            case SectionCell.Average a -> a.value();
            case SectionCell.PeopleAverage a -> a.value();
            case SectionCell.Value v -> v.value();
            case SectionCell.Text t -> null;
            case SectionCell.Label l -> null;
        };
    }
}
