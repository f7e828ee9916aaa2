package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cjengage.ui.common.chart.ChartChecks.contrast;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chart colours meet WCAG 2.2 contrast against the chart background, and lines differ by more than colour. */
class ChartPaletteTest {

    @Test
    void theContrastRatioIsComputedAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
        // ECharts' own second and third series colours, which the journey chart used to draw with, fall short
        assertThat(contrast("#91cc75", "#ffffff")).isLessThan(3);
        assertThat(contrast("#fac858", "#ffffff")).isLessThan(3);
    }

    @Test
    void everyLineMarkerAndBarColourHasAtLeast3To1AgainstTheBackground() {
        List<String> colours = new ArrayList<>(ChartPalette.SERIES.stream().map(ChartPalette.Style::colour).toList());
        colours.add(ChartPalette.BAR);
        colours.addAll(ChartPalette.RAG.values());
        colours.add(ChartPalette.HEAT_BORDER);
        assertThat(colours).allSatisfy(colour -> assertThat(contrast(colour, ChartPalette.BACKGROUND))
                .as("contrast of %s against %s", colour, ChartPalette.BACKGROUND).isGreaterThanOrEqualTo(3.0));
    }

    @Test
    void chartTextHasAtLeast4Point5To1OnTheBackgroundAndOnTheDarkestHeatMapCell() {
        assertThat(contrast(ChartPalette.TEXT, ChartPalette.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(ChartPalette.TEXT, ChartPalette.HEAT_MAX)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void seriesStylesDifferInColourDashPatternAndMarker() {
        List<ChartPalette.Style> styles = ChartPalette.SERIES;
        assertThat(styles.stream().map(ChartPalette.Style::colour).distinct()).hasSize(styles.size());
        assertThat(styles.stream().map(ChartPalette.Style::dash).distinct()).hasSize(styles.size());
        assertThat(styles.stream().map(ChartPalette.Style::symbol).distinct()).hasSize(styles.size());
        assertThat(ChartPalette.series(styles.size())).isEqualTo(styles.getFirst());
    }
}
