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
        // a line with no value on any spoke is not marked "no result" on every spoke: the note above the chart says
        // it once (other reasons, such as "not shown", stay on their spokes)
        List<Line> empty = lines.stream().filter(l -> l.values().stream().allMatch(java.util.Objects::isNull)).toList();
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            labels.add(label(t, axes.get(a), a, lines, empty));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        String note = note(t, lines, empty);
        if (note != null) {
            option.put("title", Map.of("text", note, "left", "center", "top", 0,
                    "textStyle", Map.of("color", ChartPalette.TEXT, "fontSize", 13, "fontWeight", "normal")));
        }
        option.put("tooltip", Map.of("trigger", "item", "renderMode", "richText"));
        option.put("legend", Map.of("data", lines.stream().map(Line::name).toList(), "bottom", 0,
                "textStyle", Map.of("color", ChartPalette.TEXT)));
        option.put("polar", Map.of("radius", RADIUS, "center", List.of("50%", "50%")));
        // each spoke in the middle of its band (so the axis spans the full circle and the last spoke joins the
        // first), the first at the top; the spokes are drawn through the labels
        option.put("angleAxis", Map.of("type", "category", "data", labels, "boundaryGap", true,
                "startAngle", 90 + 180.0 / Math.max(1, axes.size()),
                "axisTick", Map.of("show", false, "alignWithLabel", true), "splitLine", Map.of("show", true),
                "axisLabel", Map.of("color", ChartPalette.TEXT, "fontSize", 12, "lineHeight", 15, "margin", 6)));
        // the rings carry their values (1 to the top of the scale), drawn along the line between the last spoke and
        // the first, so they stay clear of the data
        Map<String, Object> radius = new LinkedHashMap<>(Map.of("min", 0,
                "axisLabel", Map.of("show", true, "showMinLabel", false, "color", ChartPalette.TEXT, "fontSize", 11,
                        "backgroundColor", ChartPalette.BACKGROUND, "padding", List.of(0, 2)),
                "axisLine", Map.of("show", false), "axisTick", Map.of("show", false), "z", 10));
        if (max != null) {
            radius.put("max", max);
            if (max <= 10) {
                radius.put("interval", 1);
            }
        }
        option.put("radiusAxis", radius);
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            series.add(series(lines.get(i), axes, ChartPalette.series(i)));
        }
        option.put("series", series);
        // on a narrow screen (a phone) the circle shrinks and the names get smaller, so that they are not cut off
        option.put("media", List.of(Map.of("query", Map.of("maxWidth", NARROW), "option", Map.of(
                "polar", Map.of("radius", NARROW_RADIUS, "center", List.of("50%", "50%")),
                "angleAxis", Map.of("axisLabel", Map.of("fontSize", 11, "lineHeight", 14, "margin", 4))))));
        return option;
    }

    /** Circle size, in per cent of half the chart's smaller side: room around it for names of three short lines. */
    static final String RADIUS = "66%";
    static final String NARROW_RADIUS = "48%";
    /** Chart width (px) at and below which the narrow layout applies. */
    static final int NARROW = 480;
    /** Spoke names are wrapped at this many characters a line, on at most {@link #LABEL_LINES} lines. */
    static final int LABEL_WIDTH = 16;
    static final int LABEL_LINES = 3;

    /**
     * Said once above the chart: no line has any result ("No results yet"), or which lines have none. A line with
     * some results is instead marked on the spokes where it has none.
     */
    private static String note(Texts t, List<Line> lines, List<Line> empty) {
        String noResult = t.get("chart.radar.noResult");
        List<String> whys = new ArrayList<>();
        boolean allNoResult = !lines.isEmpty() && empty.size() == lines.size();
        for (Line line : empty) {
            long noResults = java.util.stream.IntStream.range(0, line.values().size())
                    .filter(a -> line.gap(t, a).equals(noResult)).count();
            allNoResult &= noResults == line.values().size();
            if (noResults == line.values().size()) {
                whys.add(t.get("chart.radar.gapOf", line.name(), noResult));
            } else if (noResults > 0) {
                whys.add(t.get("chart.radar.gapOf", line.name(), t.get("chart.radar.noResultElsewhere")));
            }
        }
        if (allNoResult) {
            return t.get("chart.radar.noResults");
        }
        return whys.isEmpty() ? null : String.join("; ", whys);
    }

    /**
     * The spoke's name, wrapped onto short lines (cut with an ellipsis after {@link #LABEL_LINES}: the tooltip and the
     * table beside the chart give it in full), plus why a line has no value on it: "(no result)", or
     * "(Review: no result)" when only some lines lack it. "No result" of a line with no result at all is left to
     * the note.
     */
    private static String label(Texts t, String axis, int a, List<Line> lines, List<Line> empty) {
        String name = wrap(axis);
        String noResult = t.get("chart.radar.noResult");
        List<Line> considered = lines.stream().filter(l -> !(empty.contains(l) && l.gap(t, a).equals(noResult))).toList();
        List<Line> missing = considered.stream().filter(l -> l.values().get(a) == null).toList();
        if (missing.isEmpty()) {
            return name;
        }
        Set<String> gaps = new LinkedHashSet<>(missing.stream().map(l -> l.gap(t, a)).toList());
        String why = missing.size() == considered.size() && gaps.size() == 1 ? gaps.iterator().next()
                : String.join("; ", missing.stream().map(l -> t.get("chart.radar.gapOf", l.name(), l.gap(t, a))).toList());
        return t.get("chart.radar.gap", name, why);
    }

    /** Breaks a name at spaces into lines of at most {@link #LABEL_WIDTH} characters (a longer word is cut). */
    static String wrap(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_WIDTH) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word.length() > LABEL_WIDTH ? word.substring(0, LABEL_WIDTH - 1) + "…" : word);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        if (out.size() > LABEL_LINES) {
            List<String> cut = new ArrayList<>(out.subList(0, LABEL_LINES));
            String last = cut.getLast();
            cut.set(LABEL_LINES - 1, (last.length() >= LABEL_WIDTH ? last.substring(0, LABEL_WIDTH - 1) : last) + "…");
            out = cut;
        }
        return String.join("\n", out);
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
