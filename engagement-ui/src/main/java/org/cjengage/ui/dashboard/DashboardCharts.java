package org.cjengage.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.disclosure.Figure;
import org.cjengage.ui.common.chart.ChartPalette;

/**
 * ECharts options for the dashboard, built as plain data. Every data item carries its own label and
 * tooltip text made on the server, so a suppressed count reads "&lt;5" in the chart exactly as in the table
 * and its value never reaches the browser (it is drawn as 0). Tooltips use rich-text mode: no HTML.
 */
final class DashboardCharts {

    /** One bar: category label, figure, its text, and an optional colour. */
    record Bar(String label, Figure figure, String text, String color) {
    }

    /** One heat-map cell. */
    record Cell(int x, int y, Figure figure, String text, String tooltip) {
    }

    private DashboardCharts() {
    }

    static Map<String, Object> bars(List<Bar> bars) {
        List<Object> data = new ArrayList<>();
        for (Bar b : bars) {
            long value = drawn(b.figure());
            if (b.text().equals(Long.toString(value)) && b.color() == null) {
                data.add(value); // the series' label and tooltip say it already
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", value);
            if (!b.text().equals(Long.toString(value))) {
                item.put("label", Map.of("formatter", b.text()));
                item.put("tooltip", Map.of("formatter", b.label() + ": " + b.text()));
            }
            if (b.color() != null) {
                item.put("itemStyle", Map.of("color", b.color()));
            }
            data.add(item);
        }
        Map<String, Object> option = base();
        option.put("grid", Map.of("left", 10, "right", 60, "top", 10, "bottom", 10, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", bars.stream().map(Bar::label).toList()));
        option.put("series", List.of(Map.of("type", "bar", "data", data, "itemStyle", Map.of("color", ChartPalette.BAR),
                "label", Map.of("show", true, "position", "right"), "tooltip", Map.of("formatter", "{b}: {c}"))));
        return option;
    }

    static Map<String, Object> heatMap(List<String> columns, List<String> rows, List<Cell> cells) {
        long max = cells.stream().map(Cell::figure).filter(Figure::isExact).mapToLong(Figure::value).max().orElse(1);
        List<Object> data = new ArrayList<>();
        for (Cell c : cells) {
            long value = drawn(c.figure());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", List.of(c.x(), c.y(), value));
            if (!c.text().equals(Long.toString(value))) {
                item.put("label", Map.of("formatter", c.text())); // the series' label shows the value itself
            }
            item.put("tooltip", Map.of("formatter", c.tooltip()));
            data.add(item);
        }
        Map<String, Object> option = base();
        option.put("grid", Map.of("left", 10, "right", 10, "top", 10, "bottom", 10, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", columns, "position", "top"));
        option.put("yAxis", Map.of("type", "category", "data", rows, "inverse", true));
        option.put("visualMap", Map.of("min", 0, "max", Math.max(1, max), "show", false, "calculable", false,
                "inRange", Map.of("color", List.of(ChartPalette.BACKGROUND, ChartPalette.HEAT_MAX))));
        option.put("series", List.of(Map.of("type", "heatmap", "data", data,
                "label", Map.of("show", true, "color", ChartPalette.TEXT),
                "itemStyle", Map.of("borderColor", ChartPalette.HEAT_BORDER, "borderWidth", 1))));
        return option;
    }

    /** Category names wrap at this width (px) rather than being skipped or overlapping. */
    static final int CATEGORY_LABEL_WIDTH = 160;

    /**
     * Several numeric series over the same categories, as bars or lines (a radar is a {@link org.cjengage.ui.common.chart.RadarChart}). Each
     * series takes its {@link ChartPalette} style: lines differ by dash pattern and marker as well as colour.
     * Bars run horizontally with every category named on the left, however many there are (give the chart
     * {@link #seriesHeight} so they have room); lines run over the categories left to right, each named.
     *
     * @param values per category, per series: the value to draw (null = suppressed, drawn as 0)
     * @param texts  the same cells as shown in the table (e.g. "&lt;5")
     */
    static Map<String, Object> series(String kind, List<String> categories, List<String> seriesNames,
                                      List<List<Double>> values, List<List<String>> texts, Double max) {
        boolean bars = !kind.equals("LINE");
        Map<String, Object> option = base();
        option.put("legend", Map.of("data", seriesNames, "bottom", 0));
        option.put("grid", Map.of("left", 10, "right", 30, "top", 20, "bottom", 40, "containLabel", true));
        Map<String, Object> categoryAxis = new LinkedHashMap<>(Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "width", CATEGORY_LABEL_WIDTH, "overflow", "break",
                        "lineHeight", 15, "color", ChartPalette.TEXT)));
        // the figures are stages and counts: whole-number ticks
        Map<String, Object> valueAxis = new LinkedHashMap<>(Map.of("type", "value", "minInterval", 1));
        if (max != null) {
            valueAxis.put("max", max);
        }
        if (bars) {
            categoryAxis.put("inverse", true);
        }
        option.put("xAxis", bars ? valueAxis : categoryAxis);
        option.put("yAxis", bars ? categoryAxis : valueAxis);
        List<Object> series = new ArrayList<>();
        for (int s = 0; s < seriesNames.size(); s++) {
            List<Object> data = new ArrayList<>();
            for (int r = 0; r < categories.size(); r++) {
                Double v = values.get(r).get(s);
                String text = texts.get(r).get(s);
                double drawn = v == null ? 0.0 : v;
                if (v != null && text.equals(jsNumber(drawn))) {
                    data.add(drawn); // the series' label and tooltip say it already
                } else {
                    data.add(Map.of("value", drawn, "label", Map.of("formatter", text),
                            "tooltip", Map.of("formatter", categories.get(r) + ", " + seriesNames.get(s) + ": " + text)));
                }
            }
            ChartPalette.Style style = ChartPalette.series(s);
            Map<String, Object> one = new LinkedHashMap<>(bars
                    ? Map.of("type", "bar", "name", seriesNames.get(s), "data", data, "itemStyle", style.itemStyle())
                    : style.lineSeries(seriesNames.get(s), data, 2, true));
            // what every item without its own shows: the value, and "category, series: value"
            one.put("label", Map.of("show", true, "position", bars ? "right" : "top"));
            one.put("tooltip", Map.of("formatter", "{b}, {a}: {c}"));
            series.add(one);
        }
        option.put("series", series);
        return option;
    }

    /** Chart height for {@link #series}: bars get a band per category, tall enough for all its series. */
    static String seriesHeight(String kind, int categories, int seriesCount) {
        int bars = 80 + categories * (14 * Math.max(1, seriesCount) + 16);
        return (kind.equals("LINE") ? 360 : Math.max(360, bars)) + "px";
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item", "renderMode", "richText"));
        return option;
    }

    /** A number as the browser writes it (3.0 as "3"), to tell whether a text says more than the value. */
    static String jsNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static long drawn(Figure figure) {
        return figure.isExact() ? figure.value() : 0;
    }
}
