package org.cjengage.ui.common.chart;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import org.cjengage.ui.common.PageStyles;

/**
 * A plain, accessible HTML table (caption, column and row headers) with the numbers a chart shows.
 * Cells are set as text, never as HTML.
 * <p>
 * A wide table can {@linkplain #stackWhenNarrow() stack} on a narrow screen: each row becomes a card headed by
 * its row header, each value shown beside its column header, so a phone never scrolls sideways (WCAG 1.4.10).
 */
public class DataTable extends Div {

    /** Screens at most this wide show a stacking table as cards (the width of a phone held either way). */
    static final String NARROW = "40em";
    static final String STACK_CLASS = "cje-stack";
    /**
     * The look of every data table, drawn by one style sheet per page rather than by styles on each cell: a table
     * of 200 cells sent 600 style properties and its own copy of the sheet with each page (docs/benchmarks.md,
     * "Building the pages").
     */
    static final String CSS = ".cje-data-table table{border-collapse:collapse}"
            + ".cje-data-table th,.cje-data-table td{border:1px solid var(--lumo-contrast-30pct);padding:0.25em 0.5em;"
            + "text-align:right}"
            + ".cje-data-table th{text-align:left}"
            + "@media (max-width:" + NARROW + "){"
            + ".cje-stack{width:100%}"
            + ".cje-stack table,.cje-stack thead,.cje-stack tbody,.cje-stack tr,.cje-stack th,.cje-stack td"
            + "{display:block}"
            + ".cje-stack table{width:100%}"
            + ".cje-stack caption{display:block;text-align:start;margin-bottom:var(--lumo-space-s)}"
            // the column headers stay for screen readers; each value shows its own, so they are not drawn
            + ".cje-stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);"
            + "white-space:nowrap}"
            + ".cje-stack tbody tr{border:1px solid var(--lumo-contrast-30pct);border-radius:var(--lumo-border-radius-m);"
            + "margin-bottom:var(--lumo-space-s);padding:var(--lumo-space-xs) 0}"
            + ".cje-stack tbody th,.cje-stack tbody td{border:none!important;text-align:start!important;"
            + "overflow-wrap:anywhere}"
            + ".cje-stack tbody td{display:flex;justify-content:space-between;gap:var(--lumo-space-m)}"
            // the label is drawn, not read: table navigation already announces the column header
            + ".cje-stack tbody td::before{content:attr(data-label);content:attr(data-label) / \"\";"
            + "font-weight:600;text-align:start}"
            + "}";

    /**
     * Names each value's column on its cell ({@code data-label}, drawn beside the value when stacked) and gives a
     * stacking table explicit roles, in the browser: some browsers drop table semantics from a table drawn as
     * blocks. Sent once per page with the style sheet; each stacking table then asks for it with one short call,
     * instead of the server putting a role on every row and cell and a label on every value (on the dashboard about
     * 400 attribute changes per answer; docs/benchmarks.md, "lighter dashboard and statement pages").
     */
    static final String LABEL_SCRIPT = "window.cjeStack=d=>{const t=d.firstElementChild;if(!t)return;"
            + "t.setAttribute('role','table');"
            + "const h=t.tHead?[...t.tHead.rows[0].cells].map(c=>c.textContent):[];"
            + "for(const s of t.children){if(s.tagName==='CAPTION')continue;s.setAttribute('role','rowgroup');"
            + "for(const r of s.rows){r.setAttribute('role','row');[...r.cells].forEach((c,i)=>{"
            + "c.setAttribute('role',c.tagName==='TD'?'cell':c.scope==='col'?'columnheader':'rowheader');"
            + "if(s.tagName==='TBODY'&&i>0&&i<h.length)c.setAttribute('data-label',h[i]);});}}};";
    /** What a stacking table sends to be labelled (after its rows are in the page). */
    static final String LABEL_CALL = "window.cjeStack(this)";

    private final Element table = new Element("table");
    private boolean stacking;
    private boolean labelling;

    public DataTable() {
        addClassName("cje-data-table");
        getElement().appendChild(table);
        addAttachListener(e -> {
            addStyleSheet(e.getUI());
            if (stacking) {
                label();
            }
        });
    }

    /**
     * Puts the tables' style sheet and labelling script in the page once per UI (the first table attached to it
     * sends them; they run before any table's own call, which waits for the end of the request).
     */
    static void addStyleSheet(UI ui) {
        PageStyles.addOnce(ui, "cje-stack-css", CSS, LABEL_SCRIPT);
    }

    /**
     * On a narrow screen (at most {@value #NARROW}) shows each row as a card of "column header: value" lines
     * instead of side-by-side columns. The table keeps its table, row and header roles for screen readers (set in
     * the browser, {@link #LABEL_SCRIPT}).
     *
     * @return this table
     */
    public DataTable stackWhenNarrow() {
        if (!stacking) {
            stacking = true;
            addClassName(STACK_CLASS);
            if (isAttached()) {
                label();
            }
        }
        return this;
    }

    /** Asks the browser, once per request, to label this table's cells and give them their roles. */
    private void label() {
        if (!labelling) {
            labelling = true;
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, ctx -> {
                labelling = false;
                getElement().executeJs(LABEL_CALL);
            }));
        }
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
        if (stacking && isAttached()) {
            label(); // the new rows are new elements in the browser
        }
    }

    private static Element cell(String tag, String text) {
        return new Element(tag).setText(text == null ? "" : text); // drawn by the style sheet (CSS)
    }
}
