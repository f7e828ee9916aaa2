package org.cjengage.ui.participation;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import org.cjengage.ui.common.FieldErrors;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.participation.Sector;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.ui.common.Labels;

/** Name, organisation, sector, communities and target of a tracked service. Publishes {@link SaveEvent}. */
public class ServiceForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final Select<Sector> sector = new Select<>();
    final MultiSelectComboBox<String> communities = new MultiSelectComboBox<>();
    final Select<Integer> targetStage = new Select<>();
    final DatePicker targetDate = UkDates.apply(new DatePicker());

    private final Binder<ServiceFormModel> binder = new Binder<>(ServiceFormModel.class);
    private final Map<String, HasValidation> fields;
    private ServiceFormModel model = new ServiceFormModel();

    ServiceForm(Labels labels, JourneyFormat format) {
        var scale = labels.standards().participationScale();
        name.setLabel(getTranslation("participation.service.name"));
        name.setMaxLength(ServiceDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("participation.service.organisation"));
        organisation.setMaxLength(ServiceDraft.ORGANISATION_MAX);
        organisation.setRequiredIndicatorVisible(true);
        sector.setLabel(getTranslation("participation.service.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation("participation.sector." + s.name()));
        sector.setRequiredIndicatorVisible(true);
        communities.setLabel(getTranslation("participation.service.communities"));
        communities.setItems(labels.codes(labels.standards().communityTypes()));
        communities.setItemLabelGenerator(labels::community);
        targetStage.setLabel(getTranslation("participation.service.targetStage"));
        targetStage.setItems(scale.points().stream().map(p -> p.value()).toList());
        targetStage.setItemLabelGenerator(v -> v == null ? "" : format.stage(v));
        targetDate.setLabel(getTranslation("participation.service.targetDate"));
        targetDate.setRequiredIndicatorVisible(true);

        binder.forField(name).bind(ServiceFormModel::getName, ServiceFormModel::setName);
        binder.forField(organisation).bind(ServiceFormModel::getOrganisation, ServiceFormModel::setOrganisation);
        binder.forField(sector).bind(ServiceFormModel::getSector, ServiceFormModel::setSector);
        binder.forField(communities).bind(ServiceFormModel::getCommunityCodes, ServiceFormModel::setCommunityCodes);
        binder.forField(targetStage).bind(ServiceFormModel::getTargetStage, ServiceFormModel::setTargetStage);
        binder.forField(targetDate).bind(ServiceFormModel::getTargetDate, ServiceFormModel::setTargetDate);
        fields = Map.of("name", name, "owningOrganisation", organisation, "sector", sector, "communities", communities,
                "targetStage", targetStage, "targetDate", targetDate);
        getContent().add(name, organisation, sector, communities, targetStage, targetDate);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    void edit(ServiceFormModel newModel) {
        model = newModel;
        binder.readBean(newModel);
        clearErrors();
    }

    /** Fires a {@link SaveEvent} with what the user typed. */
    void save() {
        binder.writeBeanAsDraft(model, true); // the service checks every rule and names the fields
        fireEvent(new SaveEvent(this, model.toDraft()));
    }

    void showViolations(ValidationException e) {
        new FieldErrors(fields, name).show(e);
    }

    private void clearErrors() {
        new FieldErrors(fields, name).clear();
    }

    public static final class SaveEvent extends ComponentEvent<ServiceForm> {
        private final ServiceDraft draft;

        SaveEvent(ServiceForm source, ServiceDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ServiceDraft draft() {
            return draft;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
