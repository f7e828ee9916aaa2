package org.cjengage.ui.plan;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import org.cjengage.ui.common.FieldErrors;
import org.cjengage.ui.common.MarkedErrorsOnly;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.ui.common.Labels;

/**
 * Every column of the outline action plan for one activity. Publishes {@link SaveEvent},
 * {@link DeleteEvent} and {@link CloseEvent}; it never talks to services itself.
 */
public class ActivityForm extends Composite<VerticalLayout> {

    /** What the user may change: every column, only the delivery part (status, actual dates, Do, Review), or nothing. */
    public enum Mode { PLAN, DELIVERY, READ_ONLY }

    final TextArea description = new TextArea();
    // combo boxes rather than selects: a select builds an element per option (and its list) with every form, a combo
    // box sends its options only when opened
    final ComboBox<String> level = new ComboBox<>();
    final MultiSelectComboBox<String> communities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final ComboBox<PlanStatus> status = new ComboBox<>();
    final TextField leadPerson = new TextField();
    final MultiSelectComboBox<String> purposes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> methods = new MultiSelectComboBox<>();
    final ComboBox<String> stage = new ComboBox<>();
    final DatePicker plannedStart = UkDates.apply(new DatePicker());
    final DatePicker plannedEnd = UkDates.apply(new DatePicker());
    final DatePicker actualStart = UkDates.apply(new DatePicker());
    final DatePicker actualEnd = UkDates.apply(new DatePicker());
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    final PurposeQualifiers qualifiers;
    final VoiceSections voice = new VoiceSections();
    final Paragraph conflict = new Paragraph();
    final Button reload = new Button();

    private final Binder<ActivityFormModel> binder = new Binder<>(ActivityFormModel.class);
    private final Map<String, HasValue<?, ?>> fieldsByName;
    private ActivityFormModel model = new ActivityFormModel();
    private final Div conflictBox;

    final Paragraph deliveryNote = new Paragraph();
    private final Mode mode;

    public ActivityForm(Labels labels, Mode mode) {
        this.mode = mode;
        boolean editable = mode != Mode.READ_ONLY;
        var standards = labels.standards();
        description.setLabel(getTranslation("activity.description"));
        description.setMaxLength(ActivityDraft.DESCRIPTION_MAX);
        description.setRequiredIndicatorVisible(true);
        description.setHelperText(getTranslation("activity.description.help"));
        level.setLabel(getTranslation("activity.level"));
        level.setItems(labels.codes(standards.levels()));
        level.setItemLabelGenerator(labels::level);
        level.setRequiredIndicatorVisible(true);
        communities.setLabel(getTranslation("activity.communities"));
        communities.setItems(labels.codes(standards.communityTypes()));
        communities.setItemLabelGenerator(labels::community);
        tags.setLabel(getTranslation("activity.tags"));
        tags.setItems(labels.codes(standards.subFocusTags()));
        tags.setItemLabelGenerator(labels::tag);
        status.setLabel(getTranslation("activity.status"));
        status.setItems(PlanStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setRequiredIndicatorVisible(true);
        leadPerson.setLabel(getTranslation("activity.lead"));
        leadPerson.setMaxLength(ActivityDraft.LEAD_MAX);
        purposes.setLabel(getTranslation("activity.purposes"));
        purposes.setItems(labels.codes(standards.purposes()));
        purposes.setItemLabelGenerator(labels::purpose);
        methods.setLabel(getTranslation("activity.methods"));
        methods.setItems(labels.codes(standards.methods()));
        methods.setItemLabelGenerator(labels::method);
        stage.setLabel(getTranslation("activity.stage"));
        stage.setItems(labels.codes(standards.cycleStages()));
        stage.setItemLabelGenerator(labels::stage);
        stage.setPlaceholder(getTranslation("activity.stage.none"));
        stage.setClearButtonVisible(true);
        plannedStart.setLabel(getTranslation("activity.plannedStart"));
        plannedEnd.setLabel(getTranslation("activity.plannedEnd"));
        actualStart.setLabel(getTranslation("activity.actualStart"));
        actualEnd.setLabel(getTranslation("activity.actualEnd"));

        binder.setValidationErrorHandler(new MarkedErrorsOnly());
        binder.forField(description).bind(ActivityFormModel::getDescription, ActivityFormModel::setDescription);
        binder.forField(level).bind(ActivityFormModel::getLevelCode, ActivityFormModel::setLevelCode);
        binder.forField(communities).bind(ActivityFormModel::getCommunityCodes, ActivityFormModel::setCommunityCodes);
        binder.forField(tags).bind(ActivityFormModel::getTagCodes, ActivityFormModel::setTagCodes);
        binder.forField(status).bind(ActivityFormModel::getStatus, ActivityFormModel::setStatus);
        binder.forField(leadPerson).bind(ActivityFormModel::getLeadPerson, ActivityFormModel::setLeadPerson);
        binder.forField(purposes).bind(ActivityFormModel::getPurposeCodes, ActivityFormModel::setPurposeCodes);
        binder.forField(methods).bind(ActivityFormModel::getMethodCodes, ActivityFormModel::setMethodCodes);
        binder.forField(stage).bind(ActivityFormModel::getStageCode, ActivityFormModel::setStageCode);
        binder.forField(plannedStart).bind(ActivityFormModel::getPlannedStart, ActivityFormModel::setPlannedStart);
        binder.forField(plannedEnd).bind(ActivityFormModel::getPlannedEnd, ActivityFormModel::setPlannedEnd);
        binder.forField(actualStart).bind(ActivityFormModel::getActualStart, ActivityFormModel::setActualStart);
        binder.forField(actualEnd).bind(ActivityFormModel::getActualEnd, ActivityFormModel::setActualEnd);
        fieldsByName = new HashMap<>(Map.ofEntries(Map.entry("description", description), Map.entry("level", level),
                Map.entry("communities", communities), Map.entry("tags", tags), Map.entry("status", status),
                Map.entry("leadPerson", leadPerson), Map.entry("purposes", purposes), Map.entry("methods", methods),
                Map.entry("stage", stage), Map.entry("plannedStart", plannedStart), Map.entry("plannedEnd", plannedEnd),
                Map.entry("actualStart", actualStart), Map.entry("actualEnd", actualEnd)));
        qualifiers = new PurposeQualifiers(standards.purposes());
        purposes.addValueChangeListener(e -> qualifiers.show(e.getValue()));
        voice.bind(binder, fieldsByName);

        FormLayout form = new FormLayout(description, level, status, communities, tags, leadPerson, purposes, methods,
                stage, plannedStart, plannedEnd, actualStart, actualEnd);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, currentDraft())));
        reload.setText(getTranslation("activity.conflict.reload"));
        reload.addClickListener(e -> fireEvent(new ReloadEvent(this)));
        conflict.setText(getTranslation("activity.conflict"));
        conflict.addClassName("error-text");
        conflict.getElement().setAttribute("role", "alert");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        Div conflictBox = new Div(conflict, reload);
        conflictBox.setVisible(false);
        conflictBox.getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        this.conflictBox = conflictBox;
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this)));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);
        save.setVisible(editable);
        cancel.setVisible(editable);
        delete.setVisible(false);
        binder.setReadOnly(mode == Mode.READ_ONLY);
        qualifiers.setReadOnly(mode != Mode.PLAN);
        if (mode == Mode.DELIVERY) {
            // the fields, not their bindings: a read-only binding would not write the delivery fields back
            java.util.List<HasValue<?, ?>> delivery = deliveryFields();
            binder.getFields().forEach(field -> field.setReadOnly(!delivery.contains(field)));
            save.setText(getTranslation("activity.delivery.save"));
        }
        deliveryNote.setText(getTranslation("activity.delivery.note"));
        deliveryNote.setVisible(mode == Mode.DELIVERY);
        deliveryNote.addClassName("activity-delivery-note");
        H3 outline = new H3(getTranslation("activity.section.outline"));
        getContent().add(conflictBox, deliveryNote, outline, form, qualifiers, voice, buttons);
        getContent().setPadding(false);
    }

    /** The fields staff may change: status, actual dates and the Do and Review sections. */
    java.util.List<HasValue<?, ?>> deliveryFields() {
        java.util.List<HasValue<?, ?>> fields = new java.util.ArrayList<>(java.util.List.of(status, actualStart,
                actualEnd, voice.participants));
        voice.texts.forEach((name, area) -> {
            if (name.startsWith("do") || name.startsWith("review")) {
                fields.add(area);
            }
        });
        return fields;
    }

    public Mode mode() {
        return mode;
    }

    public void edit(ActivityFormModel newModel, boolean deletable) {
        this.model = newModel;
        binder.readBean(newModel);
        qualifiers.setValue(newModel.getPurposes());
        delete.setVisible(deletable && mode == Mode.PLAN);
        conflictBox.setVisible(false);
        clearErrors();
    }

    private ActivityDraft currentDraft() {
        binder.writeBeanAsDraft(model, true);
        model.setPurposes(java.util.Set.copyOf(qualifiers.value()));
        return model.toDraft();
    }

    /** Someone else saved first: says so plainly and keeps everything the user typed in the form. */
    public void showConflict() {
        conflictBox.setVisible(true);
        conflict.getElement().callJsFunction("scrollIntoView");
    }

    /** Marks each field the service refused, with the reason under it. */
    public void showViolations(ValidationException e) {
        new FieldErrors(fieldsByName).show(e);
        description.focus();
    }

    private void clearErrors() {
        new FieldErrors(fieldsByName).clear();
    }

    public abstract static class FormEvent extends ComponentEvent<ActivityForm> {
        FormEvent(ActivityForm source) {
            super(source, false);
        }
    }

    public static final class SaveEvent extends FormEvent {
        private final ActivityDraft draft;

        SaveEvent(ActivityForm source, ActivityDraft draft) {
            super(source);
            this.draft = draft;
        }

        public ActivityDraft draft() {
            return draft;
        }
    }

    public static final class ReloadEvent extends FormEvent {
        ReloadEvent(ActivityForm source) {
            super(source);
        }
    }

    public static final class DeleteEvent extends FormEvent {
        DeleteEvent(ActivityForm source) {
            super(source);
        }
    }

    public static final class CloseEvent extends FormEvent {
        CloseEvent(ActivityForm source) {
            super(source);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
