package org.cjengage.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.cjengage.core.dashboard.Breakdown;
import org.cjengage.core.dashboard.CoverageMatrix;
import org.cjengage.core.dashboard.DashboardFigures;
import org.cjengage.core.dashboard.Dimensions;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.chart.ChartPalette;

/**
 * The figures both dashboards show: tiles, status, RAG, level, coverage, stage, people who took part, overdue
 * list and the contributed sections. With {@code links} (a partnership dashboard) every count of activities
 * opens the filtered plan, whose grid shows that many rows; the national roll-up has none (a plan belongs to
 * one partnership). A suppressed figure never links (the grid would give its number away), and counts of
 * people do not link at all (the grid lists activities, not people).
 */
class FiguresPanel extends VerticalLayout {

    private final FigureText text;
    private final Labels labels;
    private final PlanLinks links;

    FiguresPanel(DashboardFigures f, FigureText text, Labels labels, PlanLinks links, boolean national,
                 String planRoute) {
        this.text = text;
        this.labels = labels;
        this.links = links;
        setPadding(false);
        setWidthFull();
        add(tiles(f));
        add(breakdown("dashboard-status", "dashboard.status.title", f.byStatus(),
                code -> getTranslation("status." + code), code -> new String[] {"status", code}, null));
        add(breakdown("dashboard-rag", "dashboard.rag.title", f.byRag(), code -> getTranslation("dashboard.rag." + code),
                code -> code.equals(Rag.RED.name()) ? new String[] {"overdue", "true"} : new String[] {"rag", code}, ChartPalette.RAG));
        add(breakdown("dashboard-level", "dashboard.level.title", f.byLevel(), labels::level,
                code -> new String[] {"level", code}, null));
        add(coverage(f.coverage()));
        add(breakdown("dashboard-stage", "dashboard.stage.title", f.byStage(), this::stage,
                code -> new String[] {"stage", code}, null));
        add(people(f.peopleByStage()));
        add(new OverdueList(f.overdueList(), labels, national, planRoute));
        f.sections().forEach(s -> add(new ContributedSection(s, text)));
    }

    private Component tiles(DashboardFigures f) {
        Div tiles = new Div(
                tile("dashboard-tile-total", "dashboard.tile.total", f.total(), links == null ? null : links.href()),
                tile("dashboard-tile-complete", "dashboard.tile.complete", f.complete(),
                        links == null ? null : links.href("status", PlanStatus.COMPLETE.name())),
                tile("dashboard-tile-overdue", "dashboard.tile.overdue", f.overdue(),
                        links == null ? null : links.href("overdue", "true")),
                tile("dashboard-tile-reviews", "dashboard.tile.overdueReviews", f.overdueReviews(),
                        links == null ? null : links.href("stage", labels.standards().reviewStage(), "overdue", "true")),
                tile("dashboard-tile-people", "dashboard.tile.people", f.people(), null));
        tiles.addClassName("cje-dashboard-tiles"); // drawn by DashboardStyles
        tiles.addAttachListener(e -> DashboardStyles.addTo(e.getUI()));
        return tiles;
    }

    private Component tile(String id, String labelKey, Figure figure, String link) {
        String href = figure.isExact() ? link : null;
        Span number = new Span(text.of(figure));
        number.addClassName("cje-tile-figure");
        Span label = new Span(getTranslation(labelKey));
        Component tile = href == null ? new Div(number, label) : new Anchor(href, number, label);
        tile.setId(id);
        if (href != null) {
            tile.getElement().setAttribute("router-link", true);
        }
        return tile;
    }

    private Component breakdown(String id, String titleKey, Breakdown b, java.util.function.Function<String, String> label,
                                java.util.function.Function<String, String[]> filter, Map<String, String> colours) {
        List<DashboardCharts.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Breakdown.Item item : b.items()) {
            String shown = text.of(item.figure());
            bars.add(new DashboardCharts.Bar(label.apply(item.code()), item.figure(), shown,
                    colours == null ? null : colours.get(item.code())));
            rows.add(List.of(label.apply(item.code()), shown));
        }
        String title = getTranslation(titleKey);
        return new ChartSection(id, title, DashboardCharts.bars(bars), (60 + 36 * bars.size()) + "px",
                List.of(getTranslation("dashboard.column.category"), getTranslation("dashboard.column.activities")),
                rows, (r, c) -> links == null || c != 0 || !b.items().get(r).figure().isExact() ? null
                        : links.href(filter.apply(b.items().get(r).code())));
    }

    /** People who took part, by stage, with the total the disclosure policy allows; no links. */
    private Component people(Breakdown b) {
        List<DashboardCharts.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Breakdown.Item item : b.items()) {
            String shown = text.of(item.figure());
            bars.add(new DashboardCharts.Bar(stage(item.code()), item.figure(), shown, null));
            rows.add(List.of(stage(item.code()), shown));
        }
        rows.add(List.of(getTranslation("dashboard.people.total"), text.of(b.total())));
        String title = getTranslation("dashboard.people.title");
        ChartSection section = new ChartSection("dashboard-people", title, DashboardCharts.bars(bars),
                (60 + 36 * bars.size()) + "px", List.of(getTranslation("dashboard.column.category"),
                getTranslation("dashboard.column.people")), rows, (r, c) -> null);
        section.note(getTranslation("dashboard.people.note"));
        return section;
    }

    private Component coverage(CoverageMatrix m) {
        List<String> levelLabels = m.levels().stream().map(labels::level).toList();
        List<String> communityLabels = m.communities().stream().map(labels::community).toList();
        List<DashboardCharts.Cell> cells = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int y = 0; y < m.communities().size(); y++) {
            List<String> row = new ArrayList<>(List.of(communityLabels.get(y)));
            for (int x = 0; x < m.levels().size(); x++) {
                Figure f = m.cell(m.communities().get(y), m.levels().get(x));
                String shown = text.of(f);
                row.add(shown);
                cells.add(new DashboardCharts.Cell(x, y, f, shown,
                        communityLabels.get(y) + ", " + levelLabels.get(x) + ": " + shown));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(getTranslation("dashboard.coverage.community")));
        headers.addAll(levelLabels);
        ChartSection section = new ChartSection("dashboard-coverage", getTranslation("dashboard.coverage.title"),
                DashboardCharts.heatMap(levelLabels, communityLabels, cells), (80 + 44 * rows.size()) + "px", headers,
                rows, (r, c) -> links == null ? null : c == 0
                        ? links.href("community", m.communities().get(r))
                        : !m.cell(m.communities().get(r), m.levels().get(c - 1)).isExact() ? null
                        : links.href("community", m.communities().get(r), "level", m.levels().get(c - 1)));
        section.note(gapsText(m));
        return section;
    }

    private String gapsText(CoverageMatrix m) {
        if (m.gaps().isEmpty()) {
            return getTranslation("dashboard.coverage.noGaps");
        }
        String notInvolved = m.notInvolved().isEmpty() ? getTranslation("dashboard.coverage.everyoneInvolved")
                : getTranslation("dashboard.coverage.notInvolved",
                String.join(", ", m.notInvolved().stream().map(labels::community).toList()));
        List<String> gaps = m.gaps().stream().filter(g -> !m.notInvolved().contains(g.communityCode()))
                .map(g -> getTranslation("dashboard.coverage.gap", labels.community(g.communityCode()),
                        labels.level(g.levelCode()))).toList();
        return gaps.isEmpty() ? notInvolved
                : notInvolved + " " + getTranslation("dashboard.coverage.gaps", String.join("; ", gaps));
    }

    private String stage(String code) {
        return Dimensions.NO_STAGE.equals(code) ? getTranslation("dashboard.stage.none") : labels.stage(code);
    }
}
