package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;

import java.util.List;

/**
 * A dashboard section a feature contributes (standards radar, distance travelled, ...), rendered by the UI
 * generically: a chart of the numeric columns plus an accessible table of every row.
 *
 * @param id          stable id, e.g. {@code "standards-radar"} (used in element ids and tests)
 * @param titleKey    message key of the heading
 * @param chart       how to draw the numeric columns
 * @param columnKeys  message keys of the column headers; the first names the row labels
 * @param rows        one per category (a standard, a service, ...)
 * @param valueMax    upper end of the value axis, or {@code null} to let the chart choose (e.g. 6 for scores)
 */
public record DashboardSection(String id, String titleKey, ChartKind chart, List<String> columnKeys,
                               List<Row> rows, Double valueMax) {

    public enum ChartKind { BAR, RADAR, LINE }

    /** @param label the category, as plain text; {@code cells} has one entry per column after the first */
    public record Row(String label, List<SectionCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public DashboardSection {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
    }

    /**
     * The same section as the audience may see it: counts and means (with their n) exact, counts of people
     * through {@link DisclosurePolicy#people(long, Audience)}.
     */
    public DashboardSection disclosed(DisclosurePolicy policy, Audience audience) {
        List<Row> shown = rows.stream().map(r -> new Row(r.label(), r.cells().stream().map(c -> switch (c) {
            case SectionCell.Count n -> new SectionCell.Shown(policy.count(n.value()));
            case SectionCell.People p -> new SectionCell.Shown(policy.people(p.value(), audience));
            case SectionCell.Average a -> new SectionCell.ShownAverage(a.basis() > 0 ? a.value() : null,
                    policy.count(a.basis()));
            case SectionCell.PeopleAverage a -> new SectionCell.ShownAverage(
                    policy.peopleMean(a.value(), a.people(), audience), policy.people(a.people(), audience));
            default -> c;
        }).toList())).toList();
        return new DashboardSection(id, titleKey, chart, columnKeys, shown, valueMax);
    }

    /** Whether any cell is suppressed. */
    public boolean anySuppressed() {
        return rows.stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c instanceof SectionCell.Shown s && !s.figure().isExact());
    }
}
