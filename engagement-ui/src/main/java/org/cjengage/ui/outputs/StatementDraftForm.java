package org.cjengage.ui.outputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.outputs.StatementSection;
import org.cjengage.ui.common.FieldErrors;

/**
 * Edits the narrative of a participation statement: its title and headed plain-text sections (blank lines
 * separate paragraphs). Publishes {@link SaveEvent} and {@link PublishEvent} with the typed content.
 */
public class StatementDraftForm extends Composite<VerticalLayout> {

    final TextField title = new TextField();
    final List<SectionEditor> sections = new ArrayList<>();
    final Button addSection = new Button();
    final Button save = new Button();
    final Button publish = new Button();
    private final VerticalLayout sectionList = new VerticalLayout();

    public StatementDraftForm() {
        title.setLabel(getTranslation("outputs.statement.form.title"));
        title.setMaxLength(StatementDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        sectionList.setPadding(false);
        addSection.setText(getTranslation("outputs.statement.form.addSection"));
        addSection.setIcon(VaadinIcon.PLUS.create());
        addSection.addClickListener(e -> addSection(new StatementSection("", "")));
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> attempt(new SaveEvent(this, content())));
        publish.setText(getTranslation("outputs.statement.form.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(e -> attempt(new PublishEvent(this, content())));
        getContent().setPadding(false);
        Paragraph placeholders = new Paragraph(getTranslation("outputs.statement.form.placeholders"));
        placeholders.addClassName("cje-statement-placeholders");
        getContent().add(title, placeholders, sectionList, addSection, new HorizontalLayout(save, publish));
    }

    public void edit(StatementDraft draft) {
        title.setValue(draft.title());
        errors().clear();
        sections.clear();
        sectionList.removeAll();
        draft.sections().forEach(this::addSection);
    }

    public StatementDraft.StatementContent content() {
        return new StatementDraft.StatementContent(title.getValue(),
                sections.stream().map(s -> new StatementSection(s.heading.getValue(), s.body.getValue())).toList());
    }

    /** A new attempt: what the last one marked no longer applies. */
    private void attempt(ComponentEvent<StatementDraftForm> event) {
        errors().clear();
        fireEvent(event);
    }

    /** Marks each field the service refused; a problem with the sections as a whole is shown in a notification. */
    public void showViolations(ValidationException e) {
        errors().show(e);
    }

    /** The fields by the names the service uses ({@code sections[0].heading}); sections come and go, so built anew. */
    private FieldErrors errors() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        for (int i = 0; i < sections.size(); i++) {
            fields.put("sections[" + i + "].heading", sections.get(i).heading);
            fields.put("sections[" + i + "].body", sections.get(i).body);
        }
        return new FieldErrors(fields);
    }

    private void addSection(StatementSection section) {
        SectionEditor editor = new SectionEditor(sections.size() + 1, section);
        editor.remove.addClickListener(e -> {
            sections.remove(editor);
            sectionList.remove(editor.layout);
        });
        sections.add(editor);
        sectionList.add(editor.layout);
    }

    final class SectionEditor {
        final TextField heading = new TextField();
        final TextArea body = new TextArea();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final VerticalLayout layout = new VerticalLayout();

        SectionEditor(int number, StatementSection section) {
            heading.setLabel(getTranslation("outputs.statement.form.heading", number));
            heading.setMaxLength(StatementSection.HEADING_MAX);
            heading.setValue(section.heading());
            heading.setWidthFull();
            body.setLabel(getTranslation("outputs.statement.form.body", number));
            body.setHelperText(getTranslation("outputs.statement.form.bodyHelp"));
            body.setMaxLength(StatementSection.BODY_MAX);
            body.setValue(section.body());
            body.setWidthFull();
            remove.setAriaLabel(getTranslation("outputs.statement.form.removeSection", number));
            remove.setTooltipText(getTranslation("outputs.statement.form.removeSection", number));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            HorizontalLayout top = new HorizontalLayout(heading, remove);
            top.setWidthFull();
            top.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            layout.setPadding(false);
            layout.setSpacing(false);
            layout.add(top, body);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
        return addListener(PublishEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<StatementDraftForm> {
        private final StatementDraft.StatementContent content;

        SaveEvent(StatementDraftForm source, StatementDraft.StatementContent content) {
            super(source, false);
            this.content = content;
        }

        public StatementDraft.StatementContent content() {
            return content;
        }
    }

    public static class PublishEvent extends ComponentEvent<StatementDraftForm> {
        private final StatementDraft.StatementContent content;

        PublishEvent(StatementDraftForm source, StatementDraft.StatementContent content) {
            super(source, false);
            this.content = content;
        }

        public StatementDraft.StatementContent content() {
            return content;
        }
    }
}
