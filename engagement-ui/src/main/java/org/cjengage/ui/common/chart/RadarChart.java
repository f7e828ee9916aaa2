package org.cjengage.ui.common.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ECharts option of a radar chart (one spoke per axis, e.g. per National Standard), drawn as lines on polar
 * axes. ECharts' own radar series puts a missing value at the centre (apache/echarts#14886), where it reads as
 * the lowest score; here a missing value is emitted as ECharts' missing value {@code "-"} and left as a gap in
 * its line with no marker, and the spoke's label says why, e.g. "Inclusion (no result)". Always put a
 * {@link DataTable} with the same figures beside the chart.
 */
public final class RadarChart {

    /** ECharts' missing value: not drawn, and the line is broken there. */
    static final String MISSING = "-";

    /** Translates a message key (a view passes {@code this::getTranslation}). */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    /**
     * One line of the chart.
     *
     * @param values a value per axis; {@code null} draws nothing there
     * @param gaps   per axis, why a {@code null} value is missing (e.g. "not shown"), or {@code null} for
     *               "no result"; the list itself may be {@code null}
     */
    public record Line(String name, List<Double> values, List<String> gaps) {

        public Line(String name, List<Double> values) {
            this(name, values, null);
        }

        String gap(Texts t, int axis) {
            String gap = gaps == null ? null : gaps.get(axis);
            return gap != null ? gap : t.get("chart.radar.noResult");
        }
    }

    private RadarChart() {
    }

    /**
     * @param axes  the spokes' names, clockwise from the top
     * @param max   the outer end of every spoke (e.g. the top of the scoring scale), or {@code null} for the
     *              largest value
     * @param lines styled in {@link ChartPalette} order
     */
    public static Map<String, Object> option(Texts t, List<String> axes, Double max, List<Line> lines) {
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            labels.add(label(t, axes.get(a), a, lines));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item", "renderMode", "richText"));
        option.put("legend", Map.of("data", lines.stream().map(Line::name).toList(), "bottom", 0,
                "textStyle", Map.of("color", ChartPalette.TEXT)));
        option.put("polar", Map.of("radius", "62%"));
        // each spoke in the middle of its band (so the axis spans the full circle and the last spoke joins the
        // first), the first at the top; the spokes are drawn through the labels
        option.put("angleAxis", Map.of("type", "category", "data", labels, "boundaryGap", true,
                "startAngle", 90 + 180.0 / Math.max(1, axes.size()),
                "axisTick", Map.of("show", false, "alignWithLabel", true), "splitLine", Map.of("show", true),
                "axisLabel", Map.of("color", ChartPalette.TEXT, "fontSize", 13, "lineHeight", 17)));
        Map<String, Object> radius = new LinkedHashMap<>(Map.of("min", 0, "axisLabel", Map.of("show", false),
                "axisLine", Map.of("show", false), "axisTick", Map.of("show", false)));
        if (max != null) {
            radius.put("max", max);
        }
        option.put("radiusAxis", radius);
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            series.add(series(lines.get(i), axes, ChartPalette.series(i)));
        }
        option.put("series", series);
        return option;
    }

    /** The spoke's name, plus why a line has no value on it: "(no result)", or "(Review: no result)" for some lines. */
    private static String label(Texts t, String axis, int a, List<Line> lines) {
        List<Line> missing = lines.stream().filter(l -> l.values().get(a) == null).toList();
        if (missing.isEmpty()) {
            return axis;
        }
        Set<String> gaps = new LinkedHashSet<>(missing.stream().map(l -> l.gap(t, a)).toList());
        String why = missing.size() == lines.size() && gaps.size() == 1 ? gaps.iterator().next() : String.join("; ",
                missing.stream().map(l -> t.get("chart.radar.gapOf", l.name(), l.gap(t, a))).toList());
        return t.get("chart.radar.gap", axis, why);
    }

    /** A line through every spoke and back to the first; a missing value breaks it (no {@code connectNulls}). */
    private static Map<String, Object> series(Line line, List<String> axes, ChartPalette.Style style) {
        List<Object> data = new ArrayList<>();
        for (int a = 0; a <= axes.size() && !axes.isEmpty(); a++) {
            Double value = line.values().get(a % axes.size());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", List.of(value == null ? MISSING : Math.round(value * 100) / 100.0, a));
            if (a == axes.size()) {
                // the closing point sits on the first spoke, which already has its marker and tooltip
                item.put("symbol", "none");
                item.put("tooltip", Map.of("show", false));
            } else if (value != null) {
                item.put("tooltip", Map.of("formatter",
                        line.name() + "\n" + axes.get(a) + ": " + String.format(Locale.UK, "%.1f", value)));
            }
            data.add(item);
        }
        Map<String, Object> s = style.lineSeries(line.name(), data, 2, true);
        s.put("coordinateSystem", "polar");
        s.put("connectNulls", false);
        s.put("clip", false);
        s.put("showAllSymbol", true);
        return s;
    }
}
