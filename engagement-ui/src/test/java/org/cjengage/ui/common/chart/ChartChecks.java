package org.cjengage.ui.common.chart;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What tests check in a chart: WCAG contrast ratios and the colours and dash patterns of an ECharts option. */
public final class ChartChecks {

    private ChartChecks() {
    }

    /** The WCAG 2.2 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    public static JsonNode tree(String optionJson) {
        return JsonMapper.builder().build().readTree(optionJson);
    }

    /** Every single colour the series of an option set ({@code "color": "#..."} anywhere under {@code series}). */
    public static List<String> seriesColours(String optionJson) {
        List<String> out = new ArrayList<>();
        collect(tree(optionJson).path("series"), out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        node.propertyStream().forEach(e -> {
            if (e.getKey().equals("color") && e.getValue().isString()) {
                out.add(e.getValue().asString());
            }
            collect(e.getValue(), out);
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }

    /** The dash pattern of each series' line ({@code lineStyle.type}), in series order. */
    public static List<String> dashes(String optionJson) {
        List<String> out = new ArrayList<>();
        tree(optionJson).path("series").forEach(s -> out.add(s.path("lineStyle").path("type").toString()));
        return out;
    }
}
