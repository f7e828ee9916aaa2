package org.cjengage.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
}
