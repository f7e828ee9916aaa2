package org.cjengage.ui.dashboard;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.cjengage.ui.common.chart.DataTable;
import org.cjengage.ui.common.chart.EChart;

/** A dashboard section: heading, a chart and, beside it, the table with the same numbers (and links). */
class ChartSection extends Section {

    /** A table with more columns than this gets the section's whole width (e.g. distance travelled, 8 columns). */
    static final int WIDE_TABLE_COLUMNS = 5;

    final EChart chart;
    final DataTable table = new DataTable();

    ChartSection(String id, String title, Map<String, Object> option, String height, List<String> headers,
                 List<List<String>> rows, DataTable.CellLinks links) {
        setId(id);
        setWidthFull();
        addClassName("cje-dashboard-section");
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        chart = new EChart(title);
        chart.setHeight(height);
        chart.setOption(option);
        table.setData(title, headers, rows, links);
        table.stackWhenNarrow();
        if (headers.size() > WIDE_TABLE_COLUMNS) {
            table.addClassName("cje-wide-table"); // a row of its own under the chart: beside it, it did not fit
        }
        Div body = new Div(chart, table);
        body.addClassName("cje-chart-pair"); // drawn by DashboardStyles
        add(heading, body);
        addAttachListener(e -> DashboardStyles.addTo(e.getUI()));
    }

    /** A sentence under the heading (e.g. the gaps of the coverage map, said in words). */
    ChartSection note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("cje-dashboard-note");
        addComponentAtIndex(1, p);
        return this;
    }
}
