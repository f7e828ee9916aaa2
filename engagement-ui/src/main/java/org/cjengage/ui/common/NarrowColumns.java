package org.cjengage.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid that reflows on a narrow screen (WCAG 2.2, 1.4.10): below a width (watched with {@link NarrowWidth}) only
 * its main column is shown, and each of its cells lists the other columns' values as lines, each with its column's
 * name ("Status: Planned"), and the row's actions (buttons, links) under them. The lines wrap, whether the grid
 * wraps its cells or not. Widening brings the columns back.
 * <p>
 * Each column is registered once, with one label: it becomes the column's header, its line's name when narrow and,
 * with {@link #chosenIn(ColumnChooser)}, its entry in the column menu. Which columns are wanted (the menu, a view's
 * own rule) is kept apart from whether the screen is narrow, so that a narrow screen never changes a person's
 * choice, and only wanted columns are listed. The main column is always shown when narrow: it carries the others.
 *
 * <p>
 * The main column can be drawn by the browser from a template ({@link #addMainText}, {@link #addMainLink}): its
 * values (and, when narrow, its lines) are sent as text properties, which Lit renders as text, never as HTML, and no
 * server-side component is made per row. Prefer these to {@link #addMain} (a component per row, kept in the session
 * and attached and detached on each scroll or filter); a template main column lists no actions when narrow.
 *
 * @param <T> the grid's item
 */
public class NarrowColumns<T> implements ColumnChooser.Visibility {

    /** A column's line when narrow: its label and value as text, or an action shown as it is. */
    private record Listed<T>(String label, SerializableFunction<T, String> text,
                             SerializableFunction<T, Component> action) {
    }

    private final Grid<T> grid;
    private final String cssClass;
    private final Map<Grid.Column<T>, Listed<T>> listed = new LinkedHashMap<>();
    private final Map<Grid.Column<?>, Boolean> wanted = new LinkedHashMap<>();
    private Grid.Column<T> main;
    private boolean templateMain;
    private SerializableFunction<T, String> note;
    private ColumnChooser chooser;
    private boolean narrow;

    /**
     * @param grid     the grid
     * @param widthRem below this width (rem) of the grid it counts as narrow
     * @param cssClass the class of the lines' container in the main column (for styles and tests)
     */
    public NarrowColumns(Grid<T> grid, double widthRem, String cssClass) {
        this.grid = grid;
        this.cssClass = cssClass;
        NarrowWidth.observe(grid, widthRem, this::setNarrow);
    }

    /**
     * Offers every column registered after this in the column menu too, under its label, shown by default as the
     * column was when registered; the menu then shows and hides columns through this. {@code null}: columns
     * registered after this are not offered (a column the view shows and hides by its own rule).
     */
    public NarrowColumns<T> chosenIn(ColumnChooser value) {
        this.chooser = value == null ? null : value.visibility(this);
        return this;
    }

    /**
     * When narrow, a line of its own under the main content and before the columns' lines, for what concerns the whole
     * row (that it has problems) and would otherwise be repeated on each column's line; none where it gives
     * {@code null} or blank. It is not a column: {@link #removeAllColumns()} keeps it.
     */
    public NarrowColumns<T> noted(SerializableFunction<T, String> value) {
        this.note = value;
        return this;
    }

    /**
     * Adds the main column (usually the first): the wide content, or when narrow that content with the other
     * wanted columns' lines under it.
     */
    public Grid.Column<T> addMain(String key, String label, SerializableFunction<T, Component> content) {
        main = grid.addComponentColumn(item -> cell(item, content.apply(item))).setKey(key);
        return register(main, label);
    }

    /**
     * Adds the main column as text drawn by the browser (no component per row): the item's text and, when narrow, the
     * other wanted columns' lines under it.
     */
    public Grid.Column<T> addMainText(String key, String label, SerializableFunction<T, String> text) {
        return addMainTemplate(key, label, "<span>${item.text}</span>", text, null);
    }

    /**
     * Adds the main column as a link drawn by the browser (no component per row): a real {@code <a href>} with the
     * item's text, reached by the keyboard like any link, followed inside the application without reloading (Vaadin's
     * {@code router-link}), at least 24 px high (WCAG 2.5.8, as {@link GridLinks#tall}); when narrow, the other wanted
     * columns' lines under it.
     *
     * @param href the link's location relative to the application's root (e.g. {@code PluginPaths.route(..)})
     */
    public Grid.Column<T> addMainLink(String key, String label, SerializableFunction<T, String> text,
                                      SerializableFunction<T, String> href) {
        return addMainTemplate(key, label, "<a href=\"${item.href}\" router-link style=\"" + GridLinks.TALL_STYLE
                + "\">${item.text}</a>", text, href);
    }

    private Grid.Column<T> addMainTemplate(String key, String label, String content, SerializableFunction<T, String> text,
                                           SerializableFunction<T, String> href) {
        // the same flex column of lines as a component main column's, so both look alike
        String template = "${item.lines ? html`<div class=\"" + cssClass + "\" style=\"" + LINES_STYLE + "\">"
                + content + "${item.lines.map(line => html`<span>${line}</span>`)}</div>` : html`" + content + "`}";
        LitRenderer<T> renderer = LitRenderer.<T>of(template).withProperty("text", text::apply)
                .withProperty("lines", item -> narrow ? lines(item) : null);
        if (href != null) {
            renderer.withProperty("href", href::apply);
        }
        templateMain = true;
        main = grid.addColumn(renderer).setKey(key);
        return register(main, label);
    }

    /**
     * Adds a text column and its line from one value: the wide cell and, when narrow, the line "label: value" under
     * the main column both show {@code value}'s text for the item, so they cannot drift apart. The column is shown by
     * default; the key names it (in the column menu, in tests). Width, sorting and the like are set on the column
     * returned. For a value shown differently on a phone (a badge, a number in words), use {@link #add}.
     */
    public Grid.Column<T> addText(String key, String label, ValueProvider<T, String> value) {
        return addText(key, label, value, true);
    }

    /**
     * As {@link #addText(String, String, ValueProvider)}, shown by default or not ({@code false}: a column people
     * can add from the column menu; hidden before it is registered, so the menu's default is hidden too).
     */
    public Grid.Column<T> addText(String key, String label, ValueProvider<T, String> value, boolean shownByDefault) {
        Grid.Column<T> column = grid.addColumn(value).setKey(key);
        column.setVisible(shownByDefault);
        return add(column, label, value);
    }

    /**
     * Registers a column listed as "label: text" under the main column when narrow (in the order added): for a column
     * whose wide cell is not its text (a badge, a component), or whose line says it differently on purpose; otherwise
     * {@link #addText}.
     */
    public Grid.Column<T> add(Grid.Column<T> column, String label, SerializableFunction<T, String> text) {
        listed.put(column, new Listed<>(label, text, null));
        return register(column, label);
    }

    /**
     * Registers a column of actions (buttons, links that name themselves): when narrow, the item's component is
     * shown as it is, after the lines. A fresh component per call: the wide column and the narrow cell each get one.
     */
    public Grid.Column<T> addAction(Grid.Column<T> column, String label, SerializableFunction<T, Component> action) {
        if (templateMain) {
            throw new IllegalStateException("a template main column lists no actions when narrow: use addMain");
        }
        listed.put(column, new Listed<>(label, null, action));
        return register(column, label);
    }

    /**
     * Removes every column of the grid, and forgets them here, for a grid that rebuilds its columns (a preview whose
     * columns follow a file); the width watch and whether the grid is narrow stay, so columns registered after this
     * are shown as the width asks at once. Columns offered in a column menu are not taken out of it.
     */
    public void removeAllColumns() {
        grid.removeAllColumns();
        listed.clear();
        wanted.clear();
        main = null;
        templateMain = false;
    }

    private Grid.Column<T> register(Grid.Column<T> column, String label) {
        column.setHeader(label);
        boolean shown = column.isVisible();
        wanted.put(column, shown);
        apply(column);
        if (chooser != null) {
            chooser.add(column, label, shown);
        }
        return column;
    }

    /** The lines' container's style: they wrap even where the grid's cells do not, a long word breaks anywhere. */
    private static final String LINES_STYLE = "display:flex;flex-direction:column;align-items:flex-start;"
            + "gap:var(--lumo-space-xs);white-space:normal;overflow-wrap:anywhere;min-width:0";

    /** The narrow cell's text lines under the main content: the note, then each wanted column's "label: value". */
    private List<String> lines(T item) {
        List<String> lines = new ArrayList<>();
        String noted = note == null ? null : note.apply(item);
        if (noted != null && !noted.isBlank()) {
            lines.add(noted);
        }
        listed.forEach((column, line) -> {
            if (Boolean.TRUE.equals(wanted.get(column)) && line.text() != null) {
                String value = line.text().apply(item);
                if (value != null && !value.isBlank()) {
                    lines.add(grid.getTranslation("columns.labelled", line.label(), value));
                }
            }
        });
        return lines;
    }

    private Component cell(T item, Component wide) {
        if (!narrow) {
            return wide;
        }
        Div lines = new Div(wide);
        String noted = note == null ? null : note.apply(item);
        if (noted != null && !noted.isBlank()) {
            lines.add(new Span(noted));
        }
        listed.forEach((column, line) -> {
            if (!Boolean.TRUE.equals(wanted.get(column))) {
                return;
            }
            if (line.action() != null) {
                lines.add(line.action().apply(item));
                return;
            }
            String value = line.text().apply(item);
            if (value != null && !value.isBlank()) {
                lines.add(new Span(grid.getTranslation("columns.labelled", line.label(), value)));
            }
        });
        lines.addClassName(cssClass);
        // the lines wrap even in a grid whose cells do not (a grid's cells keep to one line unless it wraps them),
        // so a long value is never cut off at the cell's edge; a long word (an address) breaks anywhere
        lines.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-xs)").set("white-space", "normal").set("overflow-wrap", "anywhere")
                .set("min-width", "0");
        return lines;
    }

    private void apply(Grid.Column<?> column) {
        boolean shown = Boolean.TRUE.equals(wanted.get(column));
        column.setVisible(column == main ? shown || narrow : shown && !narrow);
    }

    @Override
    public void setShown(Grid.Column<?> column, boolean shown) {
        if (!wanted.containsKey(column)) {
            column.setVisible(shown);
            return;
        }
        wanted.put(column, shown);
        apply(column);
        if (narrow) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public boolean isShown(Grid.Column<?> column) {
        return wanted.getOrDefault(column, column.isVisible());
    }

    /** Narrow: only the main column, its cells with the other wanted columns' lines; wide: every wanted column. */
    public void setNarrow(boolean value) {
        if (narrow == value) {
            return;
        }
        narrow = value;
        wanted.keySet().forEach(this::apply);
        grid.getDataProvider().refreshAll();
    }

    public boolean isNarrow() {
        return narrow;
    }
}
