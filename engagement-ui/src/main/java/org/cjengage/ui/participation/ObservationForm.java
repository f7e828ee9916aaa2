package org.cjengage.ui.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;

import org.cjengage.ui.common.FieldErrors;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.participation.LinkableActivity;
import org.cjengage.core.participation.Observation;
import org.cjengage.core.participation.ObservationDraft;
import org.cjengage.core.standards.Scale;

/**
 * Records an observation (or a correction of one): date (not after today), stage with the scale's
 * labels and descriptions, evidence, baseline mark and the activities behind the evidence. Publishes
 * {@link SaveEvent}; never talks to services itself.
 */
public class ObservationForm extends Composite<VerticalLayout> {

    final DatePicker observedOn = UkDates.apply(new DatePicker());
    final Select<Integer> stage = new Select<>();
    final TextArea evidence = new TextArea();
    final Checkbox baseline = new Checkbox();
    final MultiSelectComboBox<Long> activities = new MultiSelectComboBox<>();
    final Button submit = new Button();
    final Paragraph correcting = new Paragraph();
    final Button stopCorrecting = new Button();

    private final Binder<ObservationFormModel> binder = new Binder<>(ObservationFormModel.class);
    private final Map<String, HasValidation> fields;
    private final JourneyFormat format;
    private final LocalDate today;
    private ObservationFormModel model = new ObservationFormModel();

    ObservationForm(Scale scale, JourneyFormat format, List<LinkableActivity> linkable, LocalDate today) {
        this.format = format;
        this.today = today;
        observedOn.setLabel(getTranslation("participation.observation.date"));
        observedOn.setMax(today);
        observedOn.setRequiredIndicatorVisible(true);
        stage.setLabel(getTranslation("participation.observation.stage"));
        stage.setItems(scale.points().stream().map(p -> p.value()).toList());
        stage.setItemLabelGenerator(v -> v == null ? "" : format.stage(v));
        stage.setRenderer(new ComponentRenderer<>(v -> {
            Span description = new Span(format.stageDescription(v));
            description.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)").set("white-space", "normal");
            return new Div(new Span(format.stage(v)), description);
        }));
        stage.setRequiredIndicatorVisible(true);
        stage.addValueChangeListener(e -> stage.setHelperText(e.getValue() == null ? null : format.stageDescription(e.getValue())));
        evidence.setLabel(getTranslation("participation.observation.evidence"));
        evidence.setHelperText(getTranslation("participation.observation.evidence.help"));
        evidence.setMaxLength(ObservationDraft.EVIDENCE_MAX);
        evidence.setRequiredIndicatorVisible(true);
        baseline.setLabel(getTranslation("participation.observation.baseline"));
        baseline.setHelperText(getTranslation("participation.observation.baseline.help"));
        activities.setLabel(getTranslation("participation.observation.activities"));
        Map<Long, String> names = linkable.stream().collect(java.util.stream.Collectors.toMap(LinkableActivity::id,
                LinkableActivity::description));
        activities.setItems(linkable.stream().map(LinkableActivity::id).toList());
        activities.setItemLabelGenerator(id -> names.getOrDefault(id, String.valueOf(id)));

        binder.forField(observedOn).bind(ObservationFormModel::getObservedOn, ObservationFormModel::setObservedOn);
        binder.forField(stage).bind(ObservationFormModel::getStage, ObservationFormModel::setStage);
        binder.forField(evidence).bind(ObservationFormModel::getEvidence, ObservationFormModel::setEvidence);
        binder.forField(baseline).bind(ObservationFormModel::isBaseline, ObservationFormModel::setBaseline);
        binder.forField(activities).bind(ObservationFormModel::getActivityIds, ObservationFormModel::setActivityIds);
        fields = Map.of("observedOn", observedOn, "stage", stage, "evidence", evidence, "activities", activities);

        FormLayout form = new FormLayout(observedOn, stage, evidence, activities, baseline);
        form.setColspan(evidence, 2);
        form.setColspan(activities, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        submit.setText(getTranslation("participation.observation.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> {
            binder.writeBeanAsDraft(model, true); // the service checks every rule and names the fields
            fireEvent(new SaveEvent(this, model.toDraft()));
        });
        stopCorrecting.setText(getTranslation("participation.record.stopCorrecting"));
        stopCorrecting.addThemeVariants(ButtonVariant.TERTIARY);
        stopCorrecting.addClickListener(e -> reset(Set.of()));
        getContent().add(correcting, form, new HorizontalLayout(submit, stopCorrecting));
        getContent().setPadding(false);
        reset(Set.of());
    }

    /** An empty form for a new observation, dated today, with the given activities already linked. */
    void reset(Set<Long> preselectedActivities) {
        model = new ObservationFormModel();
        model.setObservedOn(today);
        model.setActivityIds(preselectedActivities);
        binder.readBean(model);
        correcting.setVisible(false);
        stopCorrecting.setVisible(false);
        clearErrors();
    }

    /** Fills the form from an observation so the user can put it right; saving records a correction. */
    void correct(Observation original) {
        model = new ObservationFormModel();
        model.setObservedOn(original.observedOn());
        model.setStage(original.stage());
        model.setEvidence(original.evidence());
        model.setBaseline(original.baseline());
        model.setActivityIds(original.activityIds());
        model.setCorrectsId(original.id());
        binder.readBean(model);
        correcting.setText(getTranslation("participation.record.correcting", format.date(original.observedOn()),
                format.stage(original.stage())));
        correcting.setVisible(true);
        stopCorrecting.setVisible(true);
        clearErrors();
        observedOn.focus();
    }

    void showViolations(ValidationException e) {
        new FieldErrors(fields).show(e);
    }

    private void clearErrors() {
        new FieldErrors(fields).clear();
    }

    public static final class SaveEvent extends ComponentEvent<ObservationForm> {
        private final ObservationDraft draft;

        SaveEvent(ObservationForm source, ObservationDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ObservationDraft draft() {
            return draft;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
