package org.cjengage.ui.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.scoring.Assessment;
import org.cjengage.core.scoring.IndicatorScore;
import org.cjengage.core.scoring.ScoreInput;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.FrameworkElement;
import org.cjengage.core.standards.Indicator;
import org.cjengage.core.standards.Scale;
import org.cjengage.ui.common.FieldErrors;

/**
 * The scores of one assessment: a section per element, and per indicator a score (scale points or not
 * applicable) and evidence. Publishes {@link SaveDraftEvent}, {@link SubmitEvent}, {@link ApproveEvent}
 * and {@link ReturnEvent}; it never talks to services.
 */
public class ScoringForm extends Composite<VerticalLayout> {

    /** The choice meaning "not applicable": never a number, so never a scale value. */
    static final String NOT_APPLICABLE = "-";

    final Map<String, Select<String>> scoreFields = new LinkedHashMap<>();
    final Map<String, TextArea> evidenceFields = new LinkedHashMap<>();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button sendBack = new Button();
    final TextArea returnReason = new TextArea();
    private final Map<String, Binder<Row>> binders = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final FieldErrors errors;
    private boolean loading;

    /** The form's bean for one indicator: the chosen scale point ({@link #NOT_APPLICABLE} or a value as text) and evidence. */
    public static final class Row {
        private String choice;
        private String evidence;

        public String getChoice() { return choice; }
        public void setChoice(String choice) { this.choice = choice; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
    }

    public ScoringForm(Framework framework, Scale scale) {
        List<String> choices = new ArrayList<>();
        scale.points().stream().sorted((a, b) -> b.value() - a.value()).forEach(p -> choices.add(String.valueOf(p.value())));
        if (scale.notApplicable() != null) {
            choices.add(NOT_APPLICABLE);
        }
        for (FrameworkElement element : framework.elements()) {
            Section section = new Section();
            section.setWidthFull();
            H3 heading = new H3(element.code() + " " + element.name());
            heading.setId("element-" + framework.id() + "-" + element.code());
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            section.add(heading, new Paragraph(element.summary()));
            for (Indicator indicator : element.indicators()) {
                section.add(indicatorRow(indicator, scale, choices));
            }
            getContent().add(section);
        }
        errors = new FieldErrors(fieldsByName());
        saveDraft.setText(getTranslation("scoring.form.saveDraft"));
        saveDraft.addClickListener(e -> attempt(new SaveDraftEvent(this, inputs())));
        submit.setText(getTranslation("scoring.form.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> attempt(new SubmitEvent(this, inputs())));
        approve.setText(getTranslation("scoring.form.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.addClickListener(e -> attempt(new ApproveEvent(this)));
        returnReason.setLabel(getTranslation("scoring.form.returnReason"));
        returnReason.setMaxLength(Assessment.REASON_MAX);
        returnReason.setWidth("min(40em, 100%)");
        sendBack.setText(getTranslation("scoring.form.return"));
        sendBack.addClickListener(e -> attempt(new ReturnEvent(this, returnReason.getValue())));
        HorizontalLayout buttons = new HorizontalLayout(saveDraft, submit, approve, sendBack);
        getContent().add(returnReason, buttons);
        getContent().setPadding(false);
    }

    /** The fields by the names the service uses in its refusals ({@code score.1a}, {@code evidence.1a}, {@code reason}). */
    private Map<String, Object> fieldsByName() {
        Map<String, Object> fields = new HashMap<>();
        scoreFields.forEach((code, field) -> fields.put("score." + code, field));
        evidenceFields.forEach((code, field) -> fields.put("evidence." + code, field));
        fields.put("reason", returnReason);
        return fields;
    }

    /** A new attempt: what the last one marked no longer applies. */
    private void attempt(ComponentEvent<ScoringForm> event) {
        errors.clear();
        fireEvent(event);
    }

    private VerticalLayout indicatorRow(Indicator indicator, Scale scale, List<String> choices) {
        String code = indicator.code();
        Paragraph text = new Paragraph(code + ". " + indicator.text());
        Select<String> score = new Select<>();
        score.setLabel(getTranslation("scoring.form.score", code));
        score.setItems(choices);
        score.setEmptySelectionAllowed(true);
        score.setEmptySelectionCaption(getTranslation("scoring.form.notScored"));
        score.setItemLabelGenerator(choice -> choice == null ? getTranslation("scoring.form.notScored")
                : NOT_APPLICABLE.equals(choice) ? scale.notApplicable().label()
                : choice + " " + scale.point(Integer.parseInt(choice)).orElseThrow().label());
        score.setWidth("min(18em, 100%)");
        TextArea evidence = new TextArea();
        evidence.setLabel(getTranslation("scoring.form.evidence", code));
        evidence.setMaxLength(IndicatorScore.EVIDENCE_MAX);
        evidence.getStyle().set("flex", "1 1 20em").set("min-width", "0");
        if (indicator.evidenceRequired()) {
            evidence.setHelperText(getTranslation("scoring.form.evidenceRequired"));
        }
        Binder<Row> binder = new Binder<>(Row.class);
        binder.forField(score).bind(Row::getChoice, Row::setChoice);
        binder.forField(evidence).bind(Row::getEvidence, Row::setEvidence);
        score.addValueChangeListener(e -> changed());
        evidence.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        evidence.addValueChangeListener(e -> changed());
        scoreFields.put(code, score);
        evidenceFields.put(code, evidence);
        binders.put(code, binder);
        HorizontalLayout fields = new HorizontalLayout(score, evidence);
        fields.setWidthFull();
        fields.setWrap(true); // on a phone the evidence goes under the score instead of off the screen
        VerticalLayout row = new VerticalLayout(text, fields);
        row.setWidthFull();
        row.setPadding(false);
        row.setSpacing(false);
        return row;
    }

    /**
     * Shows an assessment.
     *
     * @param editable   the caller is its assessor and it is a draft
     * @param reviewable the caller may approve or return it and it is submitted
     */
    public void edit(Assessment assessment, boolean editable, boolean reviewable) {
        errors.clear();
        loading = true;
        binders.forEach((code, binder) -> {
            Row row = new Row();
            assessment.score(code).ifPresent(s -> {
                row.setChoice(s.notApplicable() ? NOT_APPLICABLE : s.value() == null ? null : String.valueOf(s.value()));
                row.setEvidence(s.evidence());
            });
            rows.put(code, row);
            binder.readBean(row);
            binder.setReadOnly(!editable);
        });
        saveDraft.setVisible(editable);
        submit.setVisible(editable);
        approve.setVisible(reviewable);
        sendBack.setVisible(reviewable);
        returnReason.setVisible(reviewable);
        returnReason.clear();
        loading = false;
    }

    /** A score or evidence changed by the user (not by loading an assessment). */
    private void changed() {
        if (!loading) {
            fireEvent(new ChangeEvent(this, inputs()));
        }
    }

    /** How many indicators have neither a score nor "not applicable" chosen. */
    int unscoredCount() {
        return (int) scoreFields.values().stream().filter(f -> f.getValue() == null).count();
    }

    /** What the assessor entered now, one input per indicator that has a score or evidence. */
    List<ScoreInput> inputs() {
        List<ScoreInput> inputs = new ArrayList<>();
        binders.forEach((code, binder) -> {
            Row row = rows.computeIfAbsent(code, c -> new Row());
            binder.writeBeanIfValid(row);
            String choice = row.getChoice();
            String evidence = row.getEvidence() == null || row.getEvidence().isBlank() ? null : row.getEvidence();
            if (choice == null && evidence == null) {
                return;
            }
            boolean na = NOT_APPLICABLE.equals(choice);
            Integer value = choice == null || na ? null : Integer.valueOf(choice);
            inputs.add(new ScoreInput(code, value, na, evidence));
        });
        return inputs;
    }

    /** Marks each field the service refused, with the reason under it, and moves focus to the first. */
    public void showViolations(ValidationException e) {
        errors.showAndFocus(e);
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    public Registration addSaveDraftListener(ComponentEventListener<SaveDraftEvent> listener) {
        return addListener(SaveDraftEvent.class, listener);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addApproveListener(ComponentEventListener<ApproveEvent> listener) {
        return addListener(ApproveEvent.class, listener);
    }

    public Registration addReturnListener(ComponentEventListener<ReturnEvent> listener) {
        return addListener(ReturnEvent.class, listener);
    }

    /** The user changed a score or evidence: the form now holds unsaved work. */
    public static final class ChangeEvent extends ComponentEvent<ScoringForm> {
        private final List<ScoreInput> inputs;

        ChangeEvent(ScoringForm source, List<ScoreInput> inputs) {
            super(source, false);
            this.inputs = List.copyOf(inputs);
        }

        public List<ScoreInput> inputs() {
            return inputs;
        }
    }

    public static final class SaveDraftEvent extends ComponentEvent<ScoringForm> {
        private final List<ScoreInput> inputs;

        SaveDraftEvent(ScoringForm source, List<ScoreInput> inputs) {
            super(source, false);
            this.inputs = List.copyOf(inputs);
        }

        public List<ScoreInput> inputs() {
            return inputs;
        }
    }

    public static final class SubmitEvent extends ComponentEvent<ScoringForm> {
        private final List<ScoreInput> inputs;

        SubmitEvent(ScoringForm source, List<ScoreInput> inputs) {
            super(source, false);
            this.inputs = List.copyOf(inputs);
        }

        public List<ScoreInput> inputs() {
            return inputs;
        }
    }

    public static final class ApproveEvent extends ComponentEvent<ScoringForm> {
        ApproveEvent(ScoringForm source) {
            super(source, false);
        }
    }

    public static final class ReturnEvent extends ComponentEvent<ScoringForm> {
        private final String reason;

        ReturnEvent(ScoringForm source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
