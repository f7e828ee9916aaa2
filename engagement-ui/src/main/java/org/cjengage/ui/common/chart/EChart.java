package org.cjengage.ui.common.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by ECharts, loaded at run time from its WebJar (no npm build). The option
 * is built on the server as plain maps and lists and sent as JSON data, never as script, so user text in
 * labels cannot execute. A chart is an image to assistive technology: always put a {@link DataTable}
 * with the same numbers beside it; {@code ariaLabel} says what the chart shows.
 */
public class EChart extends Div {

    public static final String SCRIPT = "context://webjars/echarts/5.5.0/echarts.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode option = JSON.createObjectNode();

    public EChart(String ariaLabel) {
        addClassName("cje-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        setWidth("100%");
        setHeight("360px");
    }

    /**
     * Replaces the chart's ECharts option (https://echarts.apache.org/en/option.html), drawn on
     * {@link ChartPalette#BACKGROUND} unless the option says otherwise. Bars of several series also get
     * ECharts' fill patterns (decals), so that series differ by more than colour; ECharts' own generated
     * description stays off, because the element's label and the table beside the chart say it better.
     */
    public void setOption(Map<String, Object> option) {
        Map<String, Object> painted = new LinkedHashMap<>(option);
        painted.putIfAbsent("backgroundColor", ChartPalette.BACKGROUND);
        if (severalBarSeries(option.get("series"))) {
            painted.putIfAbsent("aria", Map.of("enabled", true, "label", Map.of("enabled", false),
                    "decal", Map.of("show", true)));
        }
        this.option = JSON.valueToTree(painted);
        getUI().ifPresent(ui -> render());
    }

    private static boolean severalBarSeries(Object series) {
        return series instanceof List<?> list && list.size() > 1
                && list.stream().anyMatch(s -> s instanceof Map<?, ?> m && "bar".equals(m.get("type")));
    }

    /** The last option sent, as JSON (for tests). */
    public String optionJson() {
        return option.toString();
    }

    /**
     * Draws a chart from its option (a JSON object): sent once per page, so each chart sends only its own option
     * (docs/benchmarks.md, "lighter dashboard and statement pages"). It waits for ECharts to load, draws as SVG
     * and redraws when the chart's box changes size.
     */
    static final String DRAW_SCRIPT = """
            window.cjeChart = (el, option) => {
              if (!window.echarts) { setTimeout(() => window.cjeChart(el, option), 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, {renderer: 'svg'});
              option.aria = Object.assign({enabled: false}, option.aria || {});
              chart.setOption(option, true);
              el.setAttribute('data-rendered', 'true');
              if (!el.__cjeResize) { el.__cjeResize = new ResizeObserver(() => chart.resize()); el.__cjeResize.observe(el); }
            };""";
    /** Marks a UI whose page has {@link #DRAW_SCRIPT} already. */
    private static final String DRAW_SENT = EChart.class.getName() + ".draw";

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        if (ComponentUtil.getData(event.getUI(), DRAW_SENT) == null) {
            ComponentUtil.setData(event.getUI(), DRAW_SENT, Boolean.TRUE);
            event.getUI().getPage().executeJs(DRAW_SCRIPT); // runs before the charts' own calls (end of request)
        }
        render();
    }

    private void render() {
        // the option as a JSON object, not a string inside the call: no second escaping of every quote
        getElement().executeJs("window.cjeChart(this,$0)", option);
    }
}
