package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.cjengage.ui.common.chart.ChartChecks;
import org.cjengage.ui.common.chart.EChart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bar and line options for contributed sections, as sent to the browser. */
class DashboardChartsTest {

    private static final List<String> SERVICES = IntStream.rangeClosed(1, 12).mapToObj(i -> "Service " + i).toList();

    private static JsonNode sent(String kind) {
        List<List<Double>> values = SERVICES.stream().map(s -> List.of(2.0, 5.0)).toList();
        List<List<String>> texts = SERVICES.stream().map(s -> List.of("2", "5")).toList();
        EChart chart = new EChart("Distance travelled");
        chart.setOption(DashboardCharts.series(kind, SERVICES, List.of("Baseline", "Current"), values, texts, 8.0));
        return ChartChecks.tree(chart.optionJson());
    }

    @Test
    void barsNameEveryCategoryOnTheLeftInTableOrderAndGetRoomForAllOfThem() {
        JsonNode option = sent("BAR");

        JsonNode categories = option.path("yAxis");
        assertThat(categories.path("type").asString()).isEqualTo("category");
        assertThat(categories.path("data").valueStream().map(JsonNode::asString).toList()).isEqualTo(SERVICES);
        assertThat(categories.path("inverse").asBoolean()).as("first row on top, as in the table").isTrue();
        assertThat(categories.path("axisLabel").path("interval").asInt()).as("no name skipped").isZero();
        assertThat(categories.path("axisLabel").path("overflow").asString()).isEqualTo("break");
        assertThat(categories.path("axisLabel").path("lineHeight").asInt()).as("wrapped lines apart").isPositive();
        assertThat(option.path("xAxis").path("minInterval").asInt()).isEqualTo(1);
        assertThat(option.path("xAxis").path("max").asDouble()).isEqualTo(8.0);
        assertThat(DashboardCharts.seriesHeight("BAR", 12, 2)).isEqualTo((80 + 12 * (2 * 14 + 16)) + "px");
        assertThat(DashboardCharts.seriesHeight("BAR", 2, 1)).isEqualTo("360px");
    }

    @Test
    void linesNameEveryCategoryAlongTheBottom() {
        JsonNode option = sent("LINE");

        assertThat(option.path("xAxis").path("data").size()).isEqualTo(SERVICES.size());
        assertThat(option.path("xAxis").path("axisLabel").path("interval").asInt()).isZero();
        assertThat(option.path("yAxis").path("type").asString()).isEqualTo("value");
    }

    @Test
    void aValueShownAsItselfIsSentOnceWhileATextThatDiffersKeepsItsOwnLabelAndTooltip() {
        // Given a series whose second cell is suppressed (no value, shown as "<5") and third is an average
        List<List<Double>> values = List.of(List.of(2.0), Arrays.asList((Double) null), List.of(2.5));
        List<List<String>> texts = List.of(List.of("2"), List.of("<5"), List.of("2.5"));
        EChart chart = new EChart("People");

        // When the chart is made
        chart.setOption(DashboardCharts.series("BAR", List.of("A", "B", "C"), List.of("People"), values, texts, null));

        // Then the values that say themselves are plain numbers, drawn and read out by the series' own label and
        // tooltip ("category, series: value"), and the suppressed one is drawn as 0 with its own "<5"
        JsonNode series = ChartChecks.tree(chart.optionJson()).path("series").get(0);
        assertThat(series.path("label").path("show").asBoolean()).isTrue();
        assertThat(series.path("tooltip").path("formatter").asString()).isEqualTo("{b}, {a}: {c}");
        assertThat(series.path("data").get(0).asDouble()).isEqualTo(2.0);
        assertThat(series.path("data").get(2).asDouble()).isEqualTo(2.5);
        JsonNode suppressed = series.path("data").get(1);
        assertThat(suppressed.path("value").asDouble()).isZero();
        assertThat(suppressed.path("label").path("formatter").asString()).isEqualTo("<5");
        assertThat(suppressed.path("tooltip").path("formatter").asString()).isEqualTo("B, People: <5");
    }
}
