package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What every chart option gets on its way to the browser. */
class EChartTest {

    private static JsonNode sent(Map<String, Object> option) {
        EChart chart = new EChart("Services by stage");
        chart.setOption(option);
        return ChartChecks.tree(chart.optionJson());
    }

    private static Map<String, Object> bars(String name) {
        return Map.of("type", "bar", "name", name, "data", List.of(1, 2));
    }

    @Test
    void barsOfSeveralSeriesDifferByPatternAsWellAsColourWithoutEChartsOwnDescription() {
        JsonNode aria = sent(Map.of("series", List.of(bars("Baseline"), bars("Current")))).path("aria");

        assertThat(aria.path("enabled").asBoolean()).isTrue();
        assertThat(aria.path("decal").path("show").asBoolean()).isTrue();
        assertThat(aria.path("label").path("enabled").asBoolean()).isFalse();
    }

    @Test
    void aSingleSeriesStaysPlainAndEveryChartHasTheContrastBackground() {
        JsonNode option = sent(Map.of("series", List.of(bars("Activities"))));

        assertThat(option.has("aria")).isFalse();
        assertThat(option.path("backgroundColor").asString()).isEqualTo(ChartPalette.BACKGROUND);
    }
}
