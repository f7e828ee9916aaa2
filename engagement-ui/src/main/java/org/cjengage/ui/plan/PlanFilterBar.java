package org.cjengage.ui.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.cjengage.core.plan.ActivityQuery;
import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.ui.common.Labels;

/**
 * Filters and free-text search of the plan grid. The state converts to and from URL query parameters
 * ({@code level, community, status, lead, stage, overdue, q, rag, from, to}) so a filtered view can be bookmarked
 * and the dashboard can link to it ({@code stage=NONE}: no stage set; {@code from}/{@code to}: the period, ISO
 * dates).
 */
class PlanFilterBar extends Composite<FlexLayout> {

    // combo boxes rather than selects: a select builds an element per option (and its list) on every page, a combo
    // box sends its options only when opened; "Any" is the empty field's placeholder, as for the community
    final ComboBox<String> level = new ComboBox<>();
    final ComboBox<String> community = new ComboBox<>();
    final ComboBox<PlanStatus> status = new ComboBox<>();
    final TextField lead = new TextField();
    final ComboBox<String> stage = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final ComboBox<DeliveryStatus.Rag> rag = new ComboBox<>();
    final DatePicker from = UkDates.apply(new DatePicker());
    final DatePicker to = UkDates.apply(new DatePicker());
    final TextField search = new TextField();
    final Button clear = new Button();
    private Runnable onChange = () -> { };
    private boolean reading;

    PlanFilterBar(Labels labels) {
        var standards = labels.standards();
        search.setLabel(getTranslation("plan.filter.search"));
        search.setHelperText(getTranslation("plan.filter.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        level.setLabel(getTranslation("plan.filter.level"));
        level.setItems(labels.codes(standards.levels()));
        level.setItemLabelGenerator(labels::level);
        any(level);
        community.setLabel(getTranslation("plan.filter.community"));
        community.setItems(labels.codes(standards.communityTypes()));
        community.setItemLabelGenerator(labels::community);
        community.setClearButtonVisible(true);
        community.setPlaceholder(getTranslation("plan.filter.any"));
        status.setLabel(getTranslation("plan.filter.status"));
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        any(status);
        lead.setLabel(getTranslation("plan.filter.lead"));
        lead.setClearButtonVisible(true);
        lead.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setLabel(getTranslation("plan.filter.stage"));
        List<String> stages = new ArrayList<>(labels.codes(standards.cycleStages()));
        stages.add(ActivityQuery.NO_STAGE);
        stage.setItems(stages);
        stage.setItemLabelGenerator(c -> ActivityQuery.NO_STAGE.equals(c) ? getTranslation("plan.filter.stage.none") : labels.stage(c));
        any(stage);
        overdue.setLabel(getTranslation("plan.filter.overdue"));
        rag.setLabel(getTranslation("plan.filter.rag"));
        rag.setItems(DeliveryStatus.Rag.values());
        rag.setItemLabelGenerator(r -> getTranslation("plan.filter.rag." + r.name()));
        any(rag);
        from.setLabel(getTranslation("plan.filter.from"));
        to.setLabel(getTranslation("plan.filter.to"));
        from.setHelperText(getTranslation("plan.filter.period.help"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        clear.setText(getTranslation("plan.filter.clear"));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClickListener(e -> read(Map.of()));
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(level, community, status, lead, stage, overdue,
                search, rag, from, to);
        fields.forEach(f -> f.addValueChangeListener(e -> {
            if (!reading) {
                onChange.run();
            }
        }));
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        layout.add(search, level, community, status, lead, stage, rag, from, to, overdue, clear);
    }

    /** An optional filter: empty shows "Any", a clear button empties it. */
    private void any(ComboBox<?> box) {
        box.setPlaceholder(getTranslation("plan.filter.any"));
        box.setClearButtonVisible(true);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    ActivityQuery query() {
        return new ActivityQuery(level.getValue(), community.getValue(), status.getValue(), blank(lead.getValue()),
                stage.getValue(), overdue.getValue(), blank(search.getValue()), rag.getValue(), from.getValue(),
                to.getValue(), List.of());
    }

    /** Sets every filter from URL parameters (unknown values are ignored) and then reports one change. */
    void read(Map<String, List<String>> params) {
        reading = true;
        try {
            level.setValue(known(param(params, "level"), level.getListDataView().getItems().toList()));
            community.setValue(known(param(params, "community"), community.getListDataView().getItems().toList()));
            status.setValue(param(params, "status").flatMap(s -> java.util.Arrays.stream(PlanStatus.values())
                    .filter(p -> p.name().equals(s)).findFirst()).orElse(null));
            lead.setValue(param(params, "lead").orElse(""));
            stage.setValue(known(param(params, "stage"), stage.getListDataView().getItems().toList()));
            overdue.setValue(param(params, "overdue").map("true"::equals).orElse(false));
            search.setValue(param(params, "q").orElse(""));
            rag.setValue(param(params, "rag").flatMap(r -> java.util.Arrays.stream(DeliveryStatus.Rag.values())
                    .filter(v -> v.name().equals(r)).findFirst()).orElse(null));
            from.setMin(null);
            to.setMax(null);
            LocalDate start = date(param(params, "from"));
            LocalDate end = date(param(params, "to"));
            from.setValue(start != null && end != null && start.isAfter(end) ? null : start);
            to.setValue(end);
        } finally {
            reading = false;
        }
        onChange.run();
    }

    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        ActivityQuery q = query();
        put(p, "level", q.levelCode());
        put(p, "community", q.communityCode());
        put(p, "status", q.status() == null ? null : q.status().name());
        put(p, "lead", q.lead());
        put(p, "stage", q.stageCode());
        put(p, "overdue", q.overdue() ? "true" : null);
        put(p, "q", q.text());
        put(p, "rag", q.rag() == null ? null : q.rag().name());
        put(p, "from", q.from() == null ? null : q.from().toString());
        put(p, "to", q.to() == null ? null : q.to().toString());
        return p;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static Optional<String> param(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static String known(Optional<String> value, List<String> items) {
        return value.filter(items::contains).orElse(null);
    }

    private static LocalDate date(Optional<String> value) {
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
