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
        setData(caption, headers, rows, (row, column) -> null);
    }

    /** Where a cell links to (a route path with query, e.g. {@code plans?plan=1&status=COMPLETE}), or null. */
    @FunctionalInterface
    public interface CellLinks {
        String href(int row, int column);
    }

    /**
     * As {@link #setData(String, List, List)}, with cells that link somewhere (column 0 is the row header):
     * the cell's text becomes a router link, so the table stays the keyboard route to what a chart shows.
     */
    public void setData(String caption, List<String> headers, List<List<String>> rows, CellLinks links) {
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
            int r = body.getChildCount();
            for (int i = 0; i < row.size(); i++) {
                Element cell = i == 0 ? cell("th", row.get(i)).setAttribute("scope", "row") : cell("td", row.get(i));
                String href = links.href(r, i);
                if (href != null) {
                    String text = cell.getText();
                    cell.setText("");
                    cell.appendChild(new Element("a").setAttribute("href", href).setAttribute("router-link", true)
                            .setText(text));
                }
                tr.appendChild(cell);
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
