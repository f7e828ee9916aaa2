package org.cjengage.ui.common.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.plan.DeliveryStatus.Rag;

/**
 * Every colour the charts draw data with, in one place. Lines, markers and bars have at least 3:1 contrast
 * against {@link #BACKGROUND} (WCAG 2.2 SC 1.4.11 non-text contrast, checked by {@code ChartPaletteTest}); the
 * series styles also differ by dash pattern and marker shape, so colour is never the only way to tell two lines
 * apart (SC 1.4.1). {@link EChart} paints every chart on {@link #BACKGROUND}.
 */
public final class ChartPalette {

    /** The chart background (the Lumo page colour). */
    public static final String BACKGROUND = "#ffffff";

    /** Axis names and legend text (4.5:1 as text). */
    public static final String TEXT = "#1f2937";

    /** The look of one series: colour, ECharts dash pattern ({@code lineStyle.type}) and marker shape. */
    public record Style(String colour, Object dash, String symbol) {

        public Map<String, Object> lineStyle(int width) {
            return Map.of("color", colour, "type", dash, "width", width);
        }

        public Map<String, Object> itemStyle() {
            return Map.of("color", colour);
        }

        /** An ECharts line series in this style (colour, dash pattern, and the style's markers unless off). */
        public Map<String, Object> lineSeries(String name, List<?> data, int width, boolean markers) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("type", "line");
            s.put("data", data);
            s.put("itemStyle", itemStyle());
            s.put("lineStyle", lineStyle(width));
            s.put("symbol", markers ? symbol : "none");
            s.put("symbolSize", 8);
            return s;
        }
    }

    /** Series styles in the order a chart uses them. */
    public static final List<Style> SERIES = List.of(
            new Style("#1a5fb4", "solid", "circle"),
            new Style("#c64600", "dashed", "rect"),
            new Style("#6a3d9a", "dotted", "triangle"),
            new Style("#0b6e4f", List.of(10, 4, 2, 4), "diamond"));

    /** Bars of a single series. */
    public static final String BAR = "#1f5f99";

    /** Bars of the RAG breakdown, by rating (the same meaning as the plan's RAG badges). */
    public static final Map<String, String> RAG = Map.of(Rag.RED.name(), "#b71c1c", Rag.AMBER.name(), "#a15c00",
            Rag.GREEN.name(), "#2e6b30", Rag.NONE.name(), "#5f6368");

    /**
     * Heat-map cells run from {@link #BACKGROUND} to this fill. The fill only repeats the figure each cell shows as
     * {@link #TEXT}-dark text, so it need not reach 3:1; the cell borders ({@link #HEAT_BORDER}) do.
     */
    public static final String HEAT_MAX = "#8fb8e0";

    public static final String HEAT_BORDER = "#6b6b6b";

    private ChartPalette() {
    }

    /** The style of the {@code index}th series (styles repeat after the last). */
    public static Style series(int index) {
        return SERIES.get(index % SERIES.size());
    }
}
