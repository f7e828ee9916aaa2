package org.cjengage.ui.outputs;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.outputs.PartnershipPage;
import org.cjengage.ui.common.FieldErrors;

/** Edits the basic partnership information; publishes a {@link SaveEvent}. Rules are checked by the service. */
public class PartnershipPageForm extends Composite<FormLayout> {

    final TextField coordinatorName = new TextField();
    final EmailField coordinatorEmail = new EmailField();
    final TextField coordinatorPhone = new TextField();
    final TextArea engagementRoutes = new TextArea();
    final TextField planUrl = new TextField();
    final TextField annualReportUrl = new TextField();
    final Checkbox published = new Checkbox();
    final Button save = new Button();
    private final Binder<Model> binder = new Binder<>(Model.class);
    private final FieldErrors errors = new FieldErrors(Map.of("coordinatorName", coordinatorName,
            "coordinatorEmail", coordinatorEmail, "coordinatorPhone", coordinatorPhone,
            "engagementRoutes", engagementRoutes, "planUrl", planUrl, "annualReportUrl", annualReportUrl));

    /** Mutable form model for the binder. */
    public static class Model {
        String coordinatorName = "";
        String coordinatorEmail = "";
        String coordinatorPhone = "";
        String engagementRoutes = "";
        String planUrl = "";
        String annualReportUrl = "";
        boolean published;
    }

    public PartnershipPageForm() {
        coordinatorName.setLabel(getTranslation("outputs.page.coordinatorName"));
        coordinatorEmail.setLabel(getTranslation("outputs.page.coordinatorEmail"));
        coordinatorPhone.setLabel(getTranslation("outputs.page.coordinatorPhone"));
        engagementRoutes.setLabel(getTranslation("outputs.page.engagementRoutes"));
        engagementRoutes.setHelperText(getTranslation("outputs.page.engagementRoutesHelp"));
        planUrl.setLabel(getTranslation("outputs.page.planUrl"));
        annualReportUrl.setLabel(getTranslation("outputs.page.annualReportUrl"));
        planUrl.setHelperText(getTranslation("outputs.page.urlHelp"));
        annualReportUrl.setHelperText(getTranslation("outputs.page.urlHelp"));
        published.setLabel(getTranslation("outputs.page.published"));
        binder.forField(coordinatorName).bind(m -> m.coordinatorName, (m, v) -> m.coordinatorName = v);
        binder.forField(coordinatorEmail).bind(m -> m.coordinatorEmail, (m, v) -> m.coordinatorEmail = v);
        binder.forField(coordinatorPhone).bind(m -> m.coordinatorPhone, (m, v) -> m.coordinatorPhone = v);
        binder.forField(engagementRoutes).bind(m -> m.engagementRoutes, (m, v) -> m.engagementRoutes = v);
        binder.forField(planUrl).bind(m -> m.planUrl, (m, v) -> m.planUrl = v);
        binder.forField(annualReportUrl).bind(m -> m.annualReportUrl, (m, v) -> m.annualReportUrl = v);
        binder.forField(published).bind(m -> m.published, (m, v) -> m.published = v);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            Model m = new Model();
            binder.writeBeanAsDraft(m, true);
            fireEvent(new SaveEvent(this, new PartnershipPage.Content(m.coordinatorName, m.coordinatorEmail,
                    m.coordinatorPhone, m.engagementRoutes, m.planUrl, m.annualReportUrl, m.published)));
        });
        getContent().add(coordinatorName, coordinatorEmail, coordinatorPhone, engagementRoutes, planUrl,
                annualReportUrl, published, save);
        getContent().setColspan(engagementRoutes, 2);
    }

    public void edit(PartnershipPage page, boolean editable) {
        Model m = new Model();
        m.coordinatorName = orEmpty(page.coordinatorName());
        m.coordinatorEmail = orEmpty(page.coordinatorEmail());
        m.coordinatorPhone = orEmpty(page.coordinatorPhone());
        m.engagementRoutes = orEmpty(page.engagementRoutes());
        m.planUrl = orEmpty(page.planUrl());
        m.annualReportUrl = orEmpty(page.annualReportUrl());
        m.published = page.published();
        binder.readBean(m);
        errors.clear();
        binder.setReadOnly(!editable);
        save.setVisible(editable);
    }

    public void showViolations(ValidationException e) {
        errors.show(e);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<PartnershipPageForm> {
        private final PartnershipPage.Content content;

        SaveEvent(PartnershipPageForm source, PartnershipPage.Content content) {
            super(source, false);
            this.content = content;
        }

        public PartnershipPage.Content content() {
            return content;
        }
    }
}
