package org.cjengage.ui.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import org.cjengage.core.plan.ColumnTarget;
import org.cjengage.core.plan.ImportLayout;
import org.cjengage.core.plan.PlanColumn;

/**
 * The mapping step of a plan import: every column of the file, as headed in the file, with a few of its
 * values and what it becomes (a plan field, or ignored). A column that has values and is neither mapped
 * nor ignored is marked, and stops the import until the person decides.
 */
class ImportColumns extends Composite<Div> {

    static final String IGNORE = "IGNORE";
    static final String UNDECIDED = "UNDECIDED";

    /** The field chooser of each column, by column index (package-private for tests). */
    final Map<Integer, Select<String>> targets = new LinkedHashMap<>();
    private final BiConsumer<Integer, ColumnTarget> onChange;

    ImportColumns(BiConsumer<Integer, ColumnTarget> onChange) {
        this.onChange = onChange;
        getContent().addClassName("import-columns");
        getContent().getStyle().set("display", "grid").set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(16em, 1fr))");
    }

    void show(ImportLayout layout) {
        getContent().removeAll();
        targets.clear();
        for (ImportLayout.Column column : layout.columns()) {
            Select<String> select = new Select<>();
            select.setLabel(column.heading());
            select.setItems(choices());
            select.setItemLabelGenerator(this::label);
            select.setValue(value(column.target()));
            select.setHelperText(column.empty() ? getTranslation("plan.import.columnEmpty")
                    : String.join(" \u00b7 ", column.samples()));
            select.setWidthFull();
            mark(select, column.empty(), column.target());
            select.addValueChangeListener(e -> {
                ColumnTarget target = target(e.getValue());
                mark(select, column.empty(), target);
                onChange.accept(column.index(), target);
            });
            targets.put(column.index(), select);
            Div cell = new Div(select);
            getContent().add(cell);
        }
    }

    private void mark(Select<String> select, boolean empty, ColumnTarget target) {
        boolean blocking = !empty && !target.decided();
        select.setInvalid(blocking);
        select.setErrorMessage(blocking ? getTranslation("plan.import.chooseTarget") : null);
    }

    private static java.util.List<String> choices() {
        java.util.List<String> choices = new java.util.ArrayList<>();
        choices.add(UNDECIDED);
        choices.add(IGNORE);
        for (PlanColumn field : PlanColumn.values()) {
            choices.add(field.name());
        }
        return choices;
    }

    String label(String choice) {
        return switch (choice) {
            case UNDECIDED -> getTranslation("plan.import.target.undecided");
            case IGNORE -> getTranslation("plan.import.target.ignore");
            default -> getTranslation("plan.import.field." + choice);
        };
    }

    static String value(ColumnTarget target) {
        return target.ignored() ? IGNORE : target.field() == null ? UNDECIDED : target.field().name();
    }

    static ColumnTarget target(String value) {
        if (value == null || UNDECIDED.equals(value)) {
            return ColumnTarget.UNDECIDED;
        }
        return IGNORE.equals(value) ? ColumnTarget.IGNORE : ColumnTarget.of(PlanColumn.valueOf(value));
    }

}
