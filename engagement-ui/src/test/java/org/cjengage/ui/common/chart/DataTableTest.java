package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;

/**
 * A data table that stacks on a phone is labelled in the browser: the page gets the labelling script once, and each
 * stacking table one short call to it, whichever of data and stacking comes first, while its cells leave the server
 * with no role and no label of their own (what the browser then shows: {@code PhoneReflowBrowserTest}). A table that
 * does not stack is left as plain HTML.
 */
@ViewPackages(packages = "org.cjengage.ui.common.chart")
class DataTableTest extends BrowserlessTest {

    static final List<String> HEADERS = List.of("Standard", "Mean", "Scored");
    static final List<List<String>> ROWS = List.of(List.of("1 Inclusion", "3.0", "3"), List.of("Overall", "2.5", "9"));

    @Test
    void aStackingTableIsLabelledInTheBrowserNotCellByCellOnTheServer() {
        DataTable table = new DataTable().stackWhenNarrow();
        table.setData("Results", HEADERS, ROWS);

        UI.getCurrent().add(table);

        Element overall = body(table).getChild(1);
        assertThat(table.getClassNames()).contains(DataTable.STACK_CLASS);
        assertThat(overall.getChild(1).getAttribute("data-label")).isNull();
        assertThat(overall.getChild(1).getAttribute("role")).isNull();
        assertThat(overall.getChild(1).getText()).isEqualTo("2.5");
        List<String> sent = sent();
        assertThat(sent).filteredOn(js -> js.contains(DataTable.LABEL_CALL)).as("one call for the table").hasSize(1);
        assertThat(sent).filteredOn(js -> js.contains("window.cjeStack=")).as("the script, once for the page")
                .hasSize(1);
    }

    @Test
    void stackingAskedForAfterTheDataOnAShownTableStillLabelsItOnce() {
        DataTable table = new DataTable();
        table.setData("Results", HEADERS, ROWS);
        UI.getCurrent().add(table);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        table.stackWhenNarrow();
        table.setData("Results", HEADERS, ROWS);

        assertThat(sent()).filteredOn(js -> js.contains(DataTable.LABEL_CALL)).hasSize(1);
    }

    @Test
    void aTableThatDoesNotStackKeepsPlainHtmlSemantics() {
        DataTable table = new DataTable();
        table.setData("Results", HEADERS, ROWS);

        UI.getCurrent().add(table);

        assertThat(table.getClassNames()).doesNotContain(DataTable.STACK_CLASS);
        assertThat(tableElement(table).getAttribute("role")).isNull();
        assertThat(sent()).noneMatch(js -> js.contains(DataTable.LABEL_CALL));
    }

    /** The scripts the page is sent at the end of this request. */
    private static List<String> sent() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression()).toList();
    }

    private static Element tableElement(DataTable table) {
        return table.getElement().getChild(0);
    }

    private static Element body(DataTable table) {
        return tableElement(table).getChild(2);
    }
}
