package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cjengage.ui.i18n.BundleI18NProvider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The radar's option as sent to the browser: a missing value is left out, never drawn as 0, and its spoke says why. */
class RadarChartTest {

    private final BundleI18NProvider bundles = new BundleI18NProvider();
    private final RadarChart.Texts texts = (key, args) -> bundles.getTranslation(key, Locale.UK, args);

    private static final List<String> STANDARDS = List.of("Inclusion", "Support", "Planning");

    /** The option as JSON, the way {@link EChart} sends it. */
    private static String json(Map<String, Object> option) {
        EChart chart = new EChart("Standards");
        chart.setOption(option);
        return chart.optionJson();
    }

    private static JsonNode sent(Map<String, Object> option) {
        return ChartChecks.tree(json(option));
    }

    private static List<String> radii(JsonNode series) {
        return series.path("data").valueStream().map(d -> d.path("value").get(0).asString()).toList();
    }

    @Test
    void aStandardWithNoResultIsEmittedAsMissingAndItsSpokeSaysSo() {
        JsonNode option = sent(RadarChart.option(texts, STANDARDS, 6.0,
                List.of(new RadarChart.Line("Mean score", Arrays.asList(3.5, null, 4.0)))));

        JsonNode series = option.path("series").get(0);
        // one point per spoke plus the closing point on the first; the missing one is "-", not 0
        assertThat(radii(series)).containsExactly("3.5", "-", "4.0", "3.5");
        assertThat(series.path("connectNulls").asBoolean()).isFalse();
        assertThat(series.path("data").get(1).has("tooltip")).isFalse();
        assertThat(option.path("angleAxis").path("data").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Inclusion", "Support\n(no result)", "Planning");
        assertThat(option.path("radiusAxis").path("min").asInt()).isZero();
        assertThat(option.path("radiusAxis").path("max").asDouble()).isEqualTo(6.0);
        // two-line spoke names: without a line height ECharts draws the second line over the first
        JsonNode label = option.path("angleAxis").path("axisLabel");
        assertThat(label.path("lineHeight").asDouble()).isGreaterThanOrEqualTo(1.2 * label.path("fontSize").asDouble());
    }

    @Test
    void whenOnlySomeLinesLackAValueTheSpokeNamesThemWithTheirReason() {
        JsonNode option = sent(RadarChart.option(texts, STANDARDS, 6.0, List.of(
                new RadarChart.Line("Planning check", Arrays.asList(null, 2.0, null)),
                new RadarChart.Line("Review", Arrays.asList(4.5, 3.0, null), Arrays.asList(null, null, "not shown")))));

        assertThat(option.path("angleAxis").path("data").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Inclusion\n(Planning check: no result)", "Support",
                        "Planning\n(Planning check: no result; Review: not shown)");
        assertThat(radii(option.path("series").get(0))).containsExactly("-", "2.0", "-", "-");
        assertThat(option.path("series").get(1).path("data").get(0).path("tooltip").path("formatter").asString())
                .isEqualTo("Review\nInclusion: 4.5");
    }

    @Test
    void linesAreTakenFromThePaletteAndDifferByDashPatternAsWellAsColour() {
        String json = json(RadarChart.option(texts, STANDARDS, 6.0, List.of(
                new RadarChart.Line("Planning check", List.of(1.0, 2.0, 3.0)),
                new RadarChart.Line("Review", List.of(3.0, 2.0, 1.0)))));

        assertThat(ChartChecks.seriesColours(json)).isNotEmpty().allSatisfy(colour ->
                assertThat(ChartChecks.contrast(colour, ChartPalette.BACKGROUND)).isGreaterThanOrEqualTo(3.0));
        assertThat(ChartChecks.dashes(json)).containsExactly("\"solid\"", "\"dashed\"");
        assertThat(ChartChecks.tree(json).path("backgroundColor").asString()).isEqualTo(ChartPalette.BACKGROUND);
    }
}
