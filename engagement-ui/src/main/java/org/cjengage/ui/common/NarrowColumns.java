package org.cjengage.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A grid that reflows on a narrow screen (WCAG 2.2, 1.4.10): below a width (watched with {@link NarrowWidth}) its
 * other columns are hidden and the first column's cell lists their values as lines, each with its column's name
 * ("Status: Planned"). Which columns are wanted (a column chooser, a view's own rule) is kept apart from whether
 * the screen is narrow, so that a narrow screen never changes a person's choice, and only wanted columns are listed.
 * Widening brings the wanted columns back.
 *
 * @param <T> the grid's item
 */
public class NarrowColumns<T> implements ColumnChooser.Visibility {

    private record Listed<T>(String label, SerializableFunction<T, String> value) {
    }

    private final Grid<T> grid;
    private final String cssClass;
    private final Map<Grid.Column<T>, Listed<T>> listed = new LinkedHashMap<>();
    private final Map<Grid.Column<?>, Boolean> wanted = new LinkedHashMap<>();
    private boolean narrow;

    /**
     * @param grid     the grid
     * @param widthRem below this width (rem) of the grid it counts as narrow
     * @param cssClass the class of the lines' container in the first column (for styles and tests)
     */
    public NarrowColumns(Grid<T> grid, double widthRem, String cssClass) {
        this.grid = grid;
        this.cssClass = cssClass;
        NarrowWidth.observe(grid, widthRem, this::setNarrow);
    }

    /** Lists the column's value under the first column when narrow (in the order added); hidden then. */
    public NarrowColumns<T> add(Grid.Column<T> column, String label, SerializableFunction<T, String> value) {
        listed.put(column, new Listed<>(label, value));
        wanted.put(column, column.isVisible());
        column.setVisible(column.isVisible() && !narrow);
        return this;
    }

    /** The first column's cell: the wide content, or when narrow that content with the wanted columns' lines. */
    public Component cell(T item, Component wide) {
        if (!narrow) {
            return wide;
        }
        Div lines = new Div(wide);
        listed.forEach((column, line) -> {
            String value = line.value().apply(item);
            if (Boolean.TRUE.equals(wanted.get(column)) && value != null && !value.isBlank()) {
                lines.add(new Span(grid.getTranslation("columns.labelled", line.label(), value)));
            }
        });
        lines.addClassName(cssClass);
        lines.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return lines;
    }

    @Override
    public void setShown(Grid.Column<?> column, boolean shown) {
        if (!wanted.containsKey(column)) {
            column.setVisible(shown);
            return;
        }
        wanted.put(column, shown);
        column.setVisible(shown && !narrow);
        if (narrow) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public boolean isShown(Grid.Column<?> column) {
        return wanted.getOrDefault(column, column.isVisible());
    }

    /** Narrow: only the first column, its cells with the other wanted columns' lines; wide: every wanted column. */
    public void setNarrow(boolean value) {
        if (narrow == value) {
            return;
        }
        narrow = value;
        wanted.forEach((column, shown) -> column.setVisible(shown && !value));
        grid.getDataProvider().refreshAll();
    }

    public boolean isNarrow() {
        return narrow;
    }
}
