package org.cjengage.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.plan.PlanService;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.NarrowColumns;

/**
 * The audit trail of one record as a table: when, who, what, before and after (plain text). The trail stores
 * framework codes; they are shown by their labels (an unknown code, e.g. one a later framework version dropped,
 * as itself). Under its heading, the table is behind a toggle (a Details: a button with its state, opened by mouse,
 * Enter or Space) and is read only when opened (issue 16, docs/decisions.md 2026-12-07 "The change history opens on
 * request"): most visits to an activity never look at it, and reading and building it cost every visit and every save.
 */
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
            Map.entry("periodEnd", "plan.periodEnd"), Map.entry(PlanService.CURRENT_FIELD, "planScope.audit.field"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(EngagementCoreAutoConfiguration.ZONE);

    /** Below this width (rem) of the grid, who, what, before and after are listed under the time. */
    static final double NARROW_REM = 45;

    /** The toggle: closed until the person opens it. */
    final Details details = new Details();
    /** The table, built the first time the toggle is opened (null before). */
    Grid<AuditEntry> grid;
    private final Labels labels;
    private final Supplier<List<AuditEntry>> entries;
    private Paragraph none;

    /** {@code entries} reads the trail (with its access check) each time the table is shown. */
    AuditHistory(Supplier<List<AuditEntry>> entries, Labels labels) {
        this.labels = labels;
        this.entries = entries;
        H3 heading = new H3(getTranslation("activity.history"));
        // the summary's words wrap on a narrow screen (the toggle's own text does not)
        Span summary = new Span(getTranslation("activity.history.toggle"));
        summary.getStyle().set("white-space", "normal");
        details.setSummary(summary);
        details.setId("activity-history-toggle");
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                show();
            }
        });
        getContent().setPadding(false);
        getContent().add(heading, details);
    }

    /** The trail afresh (e.g. after a save), in the table already on the page; when closed, it is read when opened. */
    void refresh() {
        if (details.isOpened()) {
            show();
        }
    }

    private void show() {
        if (grid == null) {
            build();
        }
        List<AuditEntry> read = entries.get();
        grid.setItems(read);
        grid.setVisible(!read.isEmpty());
        none.setVisible(read.isEmpty());
    }

    private void build() {
        grid = new Grid<>();
        grid.setId("activity-history");
        grid.setAriaLabel(getTranslation("activity.history"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        // each column once, with one label: its header and, on a phone, its line under the time
        NarrowColumns<AuditEntry> narrow = new NarrowColumns<>(grid, NARROW_REM, "history-summary");
        narrow.addMainText("when", getTranslation("activity.history.when"), this::when).setAutoWidth(true);
        narrow.addText("who", getTranslation("activity.history.who"), AuditEntry::actorName).setAutoWidth(true);
        narrow.addText("what", getTranslation("activity.history.what"), this::what).setAutoWidth(true);
        narrow.addText("before", getTranslation("activity.history.before"), this::before).setFlexGrow(1);
        narrow.addText("after", getTranslation("activity.history.after"), this::after).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        none = new Paragraph(getTranslation("activity.history.none"));
        details.add(grid, none);
    }

    private String when(AuditEntry e) {
        return WHEN.withLocale(getLocale()).format(e.occurredAt());
    }

    private String before(AuditEntry e) {
        return shown(e.field(), e.oldValue());
    }

    private String after(AuditEntry e) {
        return shown(e.field(), e.newValue());
    }

    String what(AuditEntry e) {
        if (e.action() != AuditEntry.Action.CHANGED) {
            return getTranslation("activity.history." + e.action().name());
        }
        String key = FIELD_KEYS.getOrDefault(e.field(), "activity.voice." + e.field());
        return getTranslation("activity.history.CHANGED", getTranslation(key));
    }

    /** A stored value as the user reads it: labels for codes, text as it was typed. */
    String shown(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field == null ? "" : field) {
            case "level" -> labels.level(value);
            case "stage" -> labels.stage(value);
            case "status" -> getTranslation("status." + value);
            case PlanService.CURRENT_FIELD -> getTranslation("planScope.audit." + value);
            case "communities" -> each(value, labels::community);
            case "tags" -> each(value, labels::tag);
            case "methods" -> each(value, labels::method);
            case "purposes" -> value.lines().map(this::purpose).collect(Collectors.joining("\n"));
            default -> value;
        };
    }

    /** "CODE; who: ..." with the purpose's label in place of its code. */
    private String purpose(String line) {
        int details = line.indexOf(';');
        return details < 0 ? labels.purpose(line) : labels.purpose(line.substring(0, details)) + line.substring(details);
    }

    private static String each(String codes, UnaryOperator<String> label) {
        return Arrays.stream(codes.split(", ")).map(label).collect(Collectors.joining(", "));
    }
}
