package org.cjengage.ui.common;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * A "Columns" button whose menu shows or hides a grid's columns. The choice is remembered per person: in the
 * session (so it holds while moving between pages) and in the browser's local storage under the user's name (so it
 * holds on the next visit from the same browser). Stored as {@code key:1,key:0,...}; a column added later takes its
 * default until chosen.
 */
public class ColumnChooser extends Button {

    private static final String PREFIX = "cje.columns.";

    private final String gridId;
    private final ContextMenu menu;
    private final Map<String, Choice> choices = new LinkedHashMap<>();

    private record Choice(Grid.Column<?> column, MenuItem item, boolean shownByDefault) {
    }

    /** Shows and hides the columns; by default their own visibility, or e.g. a {@link NarrowColumns}. */
    public interface Visibility {
        void setShown(Grid.Column<?> column, boolean shown);

        boolean isShown(Grid.Column<?> column);
    }

    private static final Visibility OWN = new Visibility() {
        @Override
        public void setShown(Grid.Column<?> column, boolean shown) {
            column.setVisible(shown);
        }

        @Override
        public boolean isShown(Grid.Column<?> column) {
            return column.isVisible();
        }
    };

    private Visibility visibility = OWN;

    /**
     * @param gridId names the grid in what is remembered (e.g. {@code plan})
     */
    public ColumnChooser(String gridId) {
        this.gridId = gridId;
        setText(getTranslation("columns.choose"));
        setIcon(VaadinIcon.GRID_BIG_O.create());
        addThemeVariants(ButtonVariant.TERTIARY);
        setId(gridId + "-columns");
        getElement().setAttribute("aria-haspopup", "menu");
        menu = new ContextMenu(this);
        menu.setOpenOnClick(true);
    }

    /** Shows and hides the columns through this (set before adding columns), so that a narrow screen is not a choice. */
    public ColumnChooser visibility(Visibility value) {
        this.visibility = value;
        return this;
    }

    /** Lets people show or hide the column (which must have a key); {@code shownByDefault} until they choose. */
    public ColumnChooser add(Grid.Column<?> column, String label, boolean shownByDefault) {
        String key = column.getKey();
        if (key == null) {
            throw new IllegalArgumentException("a choosable column needs a key: " + label);
        }
        MenuItem item = menu.addItem(label, e -> {
            visibility.setShown(column, e.getSource().isChecked());
            remember();
        });
        item.setCheckable(true);
        item.getElement().setAttribute("data-column", key);
        choices.put(key, new Choice(column, item, shownByDefault));
        show(key, shownByDefault);
        return this;
    }

    /** The menu's entry for the column (its label and whether it is checked). */
    MenuItem entry(String key) {
        return choices.get(key).item();
    }

    /** Shows or hides a column as if chosen from the menu (remembered). */
    public void choose(String key, boolean shown) {
        show(key, shown);
        remember();
    }

    private void show(String key, boolean shown) {
        Choice choice = choices.get(key);
        visibility.setShown(choice.column(), shown);
        choice.item().setChecked(shown);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Optional<String> remembered = Optional.ofNullable(session()).map(s -> (String) s.getAttribute(storageKey()));
        if (remembered.isPresent()) {
            apply(remembered.get());
        } else {
            getElement().executeJs("try { return window.localStorage.getItem($0); } catch (e) { return null; }",
                    storageKey()).then(String.class, stored -> {
                        if (stored != null) {
                            apply(stored);
                            Optional.ofNullable(session()).ifPresent(s -> s.setAttribute(storageKey(), stored));
                        }
                    });
        }
    }

    /** Applies a stored choice ({@code key:1,key:0}); unknown keys and malformed parts are ignored. */
    void apply(String stored) {
        for (String part : stored.split(",")) {
            String[] kv = part.split(":");
            if (kv.length == 2 && choices.containsKey(kv[0])) {
                show(kv[0], "1".equals(kv[1]));
            }
        }
    }

    private void remember() {
        StringBuilder value = new StringBuilder();
        choices.forEach((key, choice) -> value.append(value.isEmpty() ? "" : ",").append(key).append(':')
                .append(visibility.isShown(choice.column()) ? '1' : '0'));
        String stored = value.toString();
        Optional.ofNullable(session()).ifPresent(s -> s.setAttribute(storageKey(), stored));
        getElement().executeJs("try { window.localStorage.setItem($0, $1); } catch (e) { }", storageKey(), stored);
    }

    private String storageKey() {
        String user = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getUserPrincipal)
                .map(Principal::getName).orElse("");
        return PREFIX + gridId + "." + user;
    }

    private static VaadinSession session() {
        return VaadinSession.getCurrent();
    }
}
