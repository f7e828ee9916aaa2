package org.cjengage.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;

/**
 * A data table that stacks on a phone names each value's column on the value's own cell, and keeps its table roles
 * for screen readers, whichever is called first; a table that does not stack is left as plain HTML.
 */
class DataTableTest {

    static final List<String> HEADERS = List.of("Standard", "Mean", "Scored");
    static final List<List<String>> ROWS = List.of(List.of("1 Inclusion", "3.0", "3"), List.of("Overall", "2.5", "9"));

    @Test
    void aStackingTableNamesEachValuesColumnOnItsCellAndKeepsItsRoles() {
        DataTable table = new DataTable().stackWhenNarrow();

        table.setData("Results", HEADERS, ROWS);

        Element overall = body(table).getChild(1);
        assertThat(table.getClassNames()).contains(DataTable.STACK_CLASS);
        assertThat(overall.getChild(0).getAttribute("data-label")).as("the row header needs no label").isNull();
        assertThat(overall.getChild(1).getAttribute("data-label")).isEqualTo("Mean");
        assertThat(overall.getChild(2).getAttribute("data-label")).isEqualTo("Scored");
        assertThat(tableElement(table).getAttribute("role")).isEqualTo("table");
        assertThat(overall.getAttribute("role")).isEqualTo("row");
        assertThat(overall.getChild(0).getAttribute("role")).isEqualTo("rowheader");
        assertThat(overall.getChild(1).getAttribute("role")).isEqualTo("cell");
        assertThat(tableElement(table).getChild(1).getChild(0).getChild(1).getAttribute("role"))
                .isEqualTo("columnheader");
    }

    @Test
    void stackingAskedForAfterTheDataStillGivesTheRoles() {
        DataTable table = new DataTable();
        table.setData("Results", HEADERS, ROWS);

        table.stackWhenNarrow();

        assertThat(tableElement(table).getAttribute("role")).isEqualTo("table");
        assertThat(body(table).getChild(0).getChild(2).getAttribute("role")).isEqualTo("cell");
    }

    @Test
    void aTableThatDoesNotStackKeepsPlainHtmlSemantics() {
        DataTable table = new DataTable();

        table.setData("Results", HEADERS, ROWS);

        assertThat(table.getClassNames()).doesNotContain(DataTable.STACK_CLASS);
        assertThat(tableElement(table).getAttribute("role")).isNull();
    }

    private static Element tableElement(DataTable table) {
        return table.getElement().getChild(0);
    }

    private static Element body(DataTable table) {
        return tableElement(table).getChild(2);
    }
}
