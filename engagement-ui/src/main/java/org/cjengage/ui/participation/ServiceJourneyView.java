package org.cjengage.ui.participation;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.ServiceJourney;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.Notifications;

/**
 * One service's journey on the participation scale ({@code distance-travelled/service/<id>}): figures,
 * chart with a data table beside it, the form to record an observation or a correction, and the history.
 */
@Route(value = ServicesView.ROUTE + "/service", registerAtStartup = false)
@PermitAll
public class ServiceJourneyView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DistanceTravelledService participation;
    private final Labels labels;
    private final JourneyFormat format;

    final H2 heading = new H2();
    final Paragraph details = new Paragraph();
    final Button editService = new Button();
    final JourneyFigures figures;
    JourneyChart chart;
    ObservationForm form;
    ObservationHistory history;
    private ServiceJourney journey;

    public ServiceJourneyView(DistanceTravelledService participation, Labels labels) {
        this.participation = participation;
        this.labels = labels;
        this.format = new JourneyFormat(participation.scale(), this::getTranslation, getLocale());
        this.figures = new JourneyFigures(format);
        editService.setText(getTranslation("participation.service.edit"));
        editService.setIcon(VaadinIcon.EDIT.create());
        editService.addClickListener(e -> new ServiceDialog("participation.service.edit.title", labels, format,
                ServiceFormModel.from(journey.service()),
                draft -> participation.updateService(journey.service().id(), journey.service().version(), draft),
                saved -> refresh(saved.id())).open());
    }

    @Override
    public void setParameter(BeforeEvent event, Long serviceId) {
        Set<Long> preselected = event.getLocation().getQueryParameters().getSingleParameter(ServicesView.ACTIVITY_PARAM)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).map(Set::of).orElse(Set.of());
        journey = participation.journey(serviceId);
        TrackedService service = journey.service();
        long partnershipId = service.partnershipId();
        boolean canRecord = participation.canRecord(partnershipId);
        removeAll();
        chart = new JourneyChart(participation.scale(), format, service.name());
        history = new ObservationHistory(format, canRecord, o -> form.correct(o));
        var linkable = participation.linkableActivities(partnershipId);
        form = new ObservationForm(participation.scale(), format, linkable, participation.today());
        form.reset(preselected.stream().filter(id -> linkable.stream().anyMatch(a -> a.id() == id))
                .collect(java.util.stream.Collectors.toSet()));
        form.addSaveListener(e -> record(e.draft()));
        editService.setVisible(participation.canEditServices(partnershipId));

        HorizontalLayout title = new HorizontalLayout(heading, editService);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new RouterLink(getTranslation("participation.back"), ServicesView.class), title, details, figures, chart,
                new ScaleNote(participation.scale()));
        H3 recordHeading = new H3(getTranslation("participation.record.heading"));
        if (canRecord) {
            add(recordHeading, form);
        } else {
            add(new Paragraph(getTranslation("participation.record.readOnly")));
        }
        add(new H3(getTranslation("participation.history.heading")), history);
        show();
    }

    private void record(org.cjengage.core.participation.ObservationDraft draft) {
        try {
            participation.recordObservation(journey.service().id(), draft);
            Notifications.success(getTranslation("participation.record.saved"));
            refresh(journey.service().id());
            form.reset(Set.of());
        } catch (ValidationException ex) {
            form.showViolations(ex);
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
        }
    }

    private void refresh(long serviceId) {
        journey = participation.journey(serviceId);
        show();
    }

    private void show() {
        TrackedService service = journey.service();
        heading.setText(service.name());
        String communities = labels.communities(service.communityCodes());
        details.setText(service.owningOrganisation() + " · " + getTranslation("participation.sector." + service.sector().name())
                + (communities.isEmpty() ? "" : " · " + communities));
        figures.show(service, journey.journey());
        chart.show(service, journey.journey());
        history.show(journey);
    }

    @Override
    public String getPageTitle() {
        return (journey == null ? "" : journey.service().name() + " | ") + getTranslation("participation.heading")
                + " | " + getTranslation("app.name");
    }
}
