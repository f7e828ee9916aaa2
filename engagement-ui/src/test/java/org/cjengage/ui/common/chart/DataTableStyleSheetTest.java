package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;

/**
 * Data tables are drawn by one style sheet, sent to the page once by the first table shown there, rather than by
 * styles on each of their cells (a dashboard has about 200 cells).
 */
@ViewPackages(packages = "org.cjengage.ui.common.chart")
class DataTableStyleSheetTest extends BrowserlessTest {

    @Test
    void thePageGetsTheStyleSheetOnceAndTheCellsCarryNoStylesOfTheirOwn() {
        // Given a stacking table and a plain one
        DataTable stacking = new DataTable().stackWhenNarrow();
        stacking.setData("Results", DataTableTest.HEADERS, DataTableTest.ROWS);
        DataTable plain = new DataTable();
        plain.setData("Results", DataTableTest.HEADERS, DataTableTest.ROWS);

        // When both are shown on a page
        UI.getCurrent().add(stacking, plain);

        // Then the page is sent the style sheet once, and it, not the cells, draws the borders and the alignment
        assertThat(styleSheetsSent()).isEqualTo(1);
        assertThat(cell(stacking, 1, 1).getStyle().getNames()).isEmpty();
        assertThat(cell(plain, 0, 0).getStyle().getNames()).isEmpty();
        assertThat(DataTable.CSS).contains(".cje-data-table th,.cje-data-table td{border:1px solid",
                "text-align:right}", ".cje-data-table th{text-align:left}");
        // and a table shown later on the same page finds it there
        UI.getCurrent().add(new DataTable());
        assertThat(styleSheetsSent()).isZero();
    }

    private static long styleSheetsSent() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("cje-stack-css")).count();
    }

    private static Element cell(DataTable table, int row, int column) {
        return table.getElement().getChild(0).getChild(2).getChild(row).getChild(column);
    }
}
