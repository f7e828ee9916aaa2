package org.cjengage.ui.plan;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.cjengage.core.audit.AuditEntry;

/** The audit trail of one record as a table: when, who, what, before and after (plain text). */
class AuditHistory extends Composite<VerticalLayout> {

    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("description", "activity.description"), Map.entry("level", "activity.level"),
            Map.entry("communities", "activity.communities"), Map.entry("tags", "activity.tags"),
            Map.entry("status", "activity.status"), Map.entry("leadPerson", "activity.lead"),
            Map.entry("purposes", "activity.purposes"), Map.entry("methods", "activity.methods"),
            Map.entry("stage", "activity.stage"), Map.entry("plannedStart", "activity.plannedStart"),
            Map.entry("plannedEnd", "activity.plannedEnd"), Map.entry("actualStart", "activity.actualStart"),
            Map.entry("actualEnd", "activity.actualEnd"), Map.entry("title", "plan.title"),
            Map.entry("outcome", "plan.outcome"), Map.entry("periodStart", "plan.periodStart"),
            Map.entry("periodEnd", "plan.periodEnd"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    final Grid<AuditEntry> grid = new Grid<>();

    AuditHistory(List<AuditEntry> entries) {
        H3 heading = new H3(getTranslation("activity.history"));
        grid.setAriaLabel(getTranslation("activity.history"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(e -> WHEN.withLocale(getLocale()).format(e.occurredAt()))
                .setHeader(getTranslation("activity.history.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("activity.history.who")).setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("activity.history.what")).setAutoWidth(true);
        grid.addColumn(e -> nz(e.oldValue())).setHeader(getTranslation("activity.history.before")).setFlexGrow(1);
        grid.addColumn(e -> nz(e.newValue())).setHeader(getTranslation("activity.history.after")).setFlexGrow(1);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(heading);
        if (entries.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("activity.history.none")));
        } else {
            getContent().add(grid);
        }
    }

    String what(AuditEntry e) {
        if (e.action() != AuditEntry.Action.CHANGED) {
            return getTranslation("activity.history." + e.action().name());
        }
        String key = FIELD_KEYS.getOrDefault(e.field(), "activity.voice." + e.field());
        return getTranslation("activity.history.CHANGED", getTranslation(key));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
