package org.cjengage.ui.participation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;

import org.cjengage.core.participation.Journey;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.core.standards.Scale;
import org.cjengage.ui.common.chart.ChartPalette;
import org.cjengage.ui.common.chart.DataTable;
import org.cjengage.ui.common.chart.EChart;

/**
 * The journey of one service: a step line of the stages recorded over time, the target line and the
 * expected progress, with a data table of the same figures beside it.
 */
class JourneyChart extends Div {

    final EChart chart;
    final DataTable table = new DataTable();
    private final Scale scale;
    private final JourneyFormat format;

    JourneyChart(Scale scale, JourneyFormat format, String serviceName) {
        this.scale = scale;
        this.format = format;
        chart = new EChart(format.t("participation.chart.label", serviceName));
        chart.setId("journey-chart");
        chart.setHeight("340px");
        chart.getStyle().set("flex", "2 1 28em").set("min-width", "0");
        table.getStyle().set("flex", "1 1 18em").set("overflow-x", "auto");
        table.setId("journey-table");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        setWidthFull();
        add(chart, table);
    }

    void show(TrackedService service, Journey journey) {
        chart.setOption(option(service, journey));
        List<List<String>> rows = new ArrayList<>();
        for (Observation o : journey.effective()) {
            rows.add(List.of(format.date(o.observedOn()), format.stage(o.stage()),
                    o.equals(journey.baseline()) ? format.t("participation.table.baseline") : ""));
        }
        rows.add(List.of(format.date(service.targetDate()), format.stage(service.targetStage()),
                format.t("participation.table.targetRow")));
        table.setData(format.t("participation.table.caption", service.name()),
                List.of(format.t("participation.table.date"), format.t("participation.table.stage"),
                        format.t("participation.table.note")), rows);
    }

    Map<String, Object> option(TrackedService service, Journey journey) {
        List<String> categories = scale.points().stream().map(p -> format.stage(p.value())).toList();
        // Drawn as steps by hand (a stage holds until the next observation, and until today for the
        // current one); ECharts' own "step" follows the category axis, which is the y axis here.
        List<Object> recorded = new ArrayList<>();
        Observation previous = null;
        for (Observation o : journey.effective()) {
            if (previous != null) {
                recorded.add(hidden(o.observedOn().toString(), categoryIndex(previous.stage())));
            }
            recorded.add(List.of(o.observedOn().toString(), categoryIndex(o.stage())));
            previous = o;
        }
        if (previous != null && previous.observedOn().isBefore(journey.today())) {
            recorded.add(hidden(journey.today().toString(), categoryIndex(previous.stage())));
        }
        List<Object> target = new ArrayList<>();
        List<List<Object>> expected = new ArrayList<>();
        if (journey.baseline() != null) {
            target.add(List.of(journey.baseline().observedOn().toString(), categoryIndex(service.targetStage())));
            expected.add(List.of(journey.baseline().observedOn().toString(), categoryIndex(journey.baseline().stage())));
            expected.add(List.of(service.targetDate().toString(), categoryIndex(service.targetStage())));
        }
        // the target itself is a marked point, so it shows even before any stage is recorded
        target.add(Map.of("value", List.of(service.targetDate().toString(), categoryIndex(service.targetStage())),
                "symbol", ChartPalette.series(1).symbol(), "symbolSize", 12,
                "tooltip", Map.of("formatter", format.t("participation.chart.target") + "\n"
                        + format.t("participation.figure.targetBy", format.stage(service.targetStage()),
                        format.date(service.targetDate())))));

        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 130, "right", 32, "top", 48, "bottom", 40));
        option.put("legend", Map.of("top", 0, "textStyle", Map.of("color", ChartPalette.TEXT),
                "data", List.of(format.t("participation.chart.stage"),
                format.t("participation.chart.target"), format.t("participation.chart.expected"))));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("xAxis", timeAxis(service, journey));
        option.put("yAxis", Map.of("type", "category", "data", categories, "boundaryGap", false));
        option.put("series", List.of(
                ChartPalette.series(0).lineSeries(format.t("participation.chart.stage"), recorded, 3, true),
                ChartPalette.series(1).lineSeries(format.t("participation.chart.target"), target, 2, false),
                ChartPalette.series(2).lineSeries(format.t("participation.chart.expected"), expected, 2, false)));
        return option;
    }

    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    /**
     * A date axis from the first date shown to the last (observations, today, target date) with a margin, in days,
     * months and years: never hours, even when only the target is shown.
     */
    static Map<String, Object> timeAxis(TrackedService service, Journey journey) {
        List<LocalDate> dates = new ArrayList<>();
        journey.effective().forEach(o -> dates.add(o.observedOn()));
        dates.add(journey.today());
        dates.add(service.targetDate());
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last);
        long margin = Math.max(15, span / 20);
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("type", "time");
        axis.put("min", first.minusDays(margin).toString());
        axis.put("max", last.plusDays(margin).toString());
        axis.put("minInterval", DAY_MS);
        axis.put("splitNumber", 6);
        axis.put("axisLabel", Map.of("color", ChartPalette.TEXT, "hideOverlap", true, "formatter", Map.of(
                "year", "{yyyy}", "month", "{MMM} {yyyy}", "day", "{d} {MMM}")));
        return axis;
    }

    private int categoryIndex(int stage) {
        return stage - scale.min();
    }

    /** A corner of the step line: no symbol, no tooltip. */
    private static Map<String, Object> hidden(String date, int index) {
        return Map.of("value", List.of(date, index), "symbol", "none", "tooltip", Map.of("show", false));
    }
}
