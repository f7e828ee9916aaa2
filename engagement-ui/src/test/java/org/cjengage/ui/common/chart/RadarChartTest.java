package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cjengage.ui.i18n.EngagementMessages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The radar's option as sent to the browser: a missing value is left out, never drawn as 0, and its spoke says why. */
class RadarChartTest {

    private final EngagementMessages bundles = EngagementMessages.load();
    private final RadarChart.Texts texts = (key, args) -> bundles.bundles().text(key, Locale.UK, args);

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

    @Test
    void aLineWithNoResultAtAllIsNamedOnceAboveTheChartNotOnEverySpoke() {
        JsonNode option = sent(RadarChart.option(texts, STANDARDS, 6.0, List.of(
                new RadarChart.Line("Planning check", Arrays.asList(2.0, 3.0, null)),
                new RadarChart.Line("Review", Arrays.asList(null, null, null)))));

        assertThat(option.path("angleAxis").path("data").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Inclusion", "Support", "Planning\n(no result)");
        assertThat(option.path("title").path("text").asString()).isEqualTo("Review: no result");
    }

    @Test
    void whenNoStandardHasAResultTheChartSaysSoOnceAndMarksNoSpoke() {
        JsonNode option = sent(RadarChart.option(texts, STANDARDS, 6.0, List.of(
                new RadarChart.Line("Planning check", Arrays.asList(null, null, null)),
                new RadarChart.Line("Review", Arrays.asList(null, null, null)))));

        assertThat(option.path("angleAxis").path("data").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(STANDARDS);
        assertThat(option.path("title").path("text").asString()).isEqualTo("No results yet");
    }

    @Test
    void theRingsCarryTheScaleValuesFromOneToTheTop() {
        JsonNode radius = sent(RadarChart.option(texts, STANDARDS, 6.0,
                List.of(new RadarChart.Line("Mean score", List.of(1.0, 2.0, 3.0))))).path("radiusAxis");

        assertThat(radius.path("axisLabel").path("show").asBoolean()).isTrue();
        assertThat(radius.path("axisLabel").path("showMinLabel").asBoolean()).isFalse(); // no "0" at the centre
        assertThat(radius.path("interval").asInt()).isEqualTo(1);
        assertThat(radius.path("max").asDouble()).isEqualTo(6.0);
    }

    @Test
    void longSpokeNamesAreWrappedOntoShortLinesAndAVeryLongOneIsShortened() {
        List<String> factors = List.of("Basic partnership information is easy to find",
                "Governance that supports engagement", "Engagement is monitored, reviewed and the learning is shared widely"
                        + " with every partner");
        JsonNode option = sent(RadarChart.option(texts, factors, 6.0,
                List.of(new RadarChart.Line("Mean score", List.of(4.0, 5.0, 3.0)))));

        List<String> labels = option.path("angleAxis").path("data").valueStream().map(JsonNode::asString).toList();
        assertThat(labels.get(1)).isEqualTo("Governance that\nsupports\nengagement");
        assertThat(labels).allSatisfy(label -> {
            assertThat(label.split("\n")).hasSizeLessThanOrEqualTo(RadarChart.LABEL_LINES)
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(RadarChart.LABEL_WIDTH));
        });
        assertThat(labels.get(2)).endsWith("…");
        // the tooltip keeps the full name
        assertThat(option.path("series").get(0).path("data").get(2).path("tooltip").path("formatter").asString())
                .contains(factors.get(2));
        // a narrow chart (a phone) draws a smaller circle
        assertThat(option.path("media").get(0).path("query").path("maxWidth").asInt()).isEqualTo(RadarChart.NARROW);
    }
}
