package org.cjengage.ui.common.chart;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A plain, accessible HTML table (caption, column and row headers) with the numbers a chart shows.
 * Cells are set as text, never as HTML.
 */
public class DataTable extends Div {

    private final Element table = new Element("table");

    public DataTable() {
        addClassName("cje-data-table");
        table.getStyle().set("border-collapse", "collapse");
        getElement().appendChild(table);
    }

    /**
     * @param caption what the table shows
     * @param headers column headers; the first column of each row is a row header
     * @param rows    cell texts, same length as headers
     */
    public void setData(String caption, List<String> headers, List<List<String>> rows) {
        table.removeAllChildren();
        table.appendChild(new Element("caption").setText(caption));
        Element headRow = new Element("tr");
        for (String h : headers) {
            headRow.appendChild(cell("th", h).setAttribute("scope", "col"));
        }
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? cell("th", row.get(i)).setAttribute("scope", "row") : cell("td", row.get(i)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
    }

    private static Element cell(String tag, String text) {
        Element e = new Element(tag).setText(text == null ? "" : text);
        e.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("padding", "0.25em 0.5em")
                .set("text-align", tag.equals("th") ? "left" : "right");
        return e;
    }
}
