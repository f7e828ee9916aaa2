package org.cjengage.ui.participation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.participation.JourneyStatus;
import org.cjengage.core.participation.ServiceSummary;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.ui.common.ColumnChooser;
import org.cjengage.ui.common.GridLinks;
import org.cjengage.ui.common.GridStyles;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The partnership view of distance travelled: every tracked service with baseline, current, target,
 * distance travelled, status and review flag, in a sortable grid. {@code ?activity=..} (from an
 * activity page) carries the activity on to the service chosen, to link it to the evidence.
 */
@Route(value = ServicesView.ROUTE, registerAtStartup = false)
@PermitAll
public class ServicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "distance-travelled";
    static final String ACTIVITY_PARAM = "activity";

    private final DistanceTravelledService participation;
    private final CurrentPartnership currentPartnership;
    private final Labels labels;
    private final JourneyFormat format;

    final Grid<ServiceSummary> grid = new Grid<>();
    final Button newService = new Button();
    final ColumnChooser columns = new ColumnChooser("services");
    /**
     * Below 62 rem (the columns need 70em of the grid's small text side by side) only the service's column is shown,
     * its cells listing the other chosen columns with their names.
     */
    final NarrowColumns<ServiceSummary> narrow = new NarrowColumns<>(grid, 62, "services-summary");
    final Paragraph fromActivity = new Paragraph();
    private final Paragraph empty = new Paragraph();
    Paragraph scaleNote;
    private Long activityId;
    private long partnershipId = -1;

    public ServicesView(DistanceTravelledService participation, CurrentPartnership currentPartnership, Labels labels) {
        this.participation = participation;
        this.currentPartnership = currentPartnership;
        this.labels = labels;
        this.format = new JourneyFormat(participation.scale(), this::getTranslation, getLocale());
        setSizeFull();
        newService.setText(getTranslation("participation.service.new"));
        newService.setIcon(VaadinIcon.PLUS.create());
        newService.addThemeVariants(ButtonVariant.PRIMARY);
        newService.addClickListener(e -> new ServiceDialog("participation.service.new.title", labels, format,
                ServiceFormModel.withTarget(null, null),
                draft -> participation.createService(partnershipId, draft), this::open).open());
        fromActivity.setText(getTranslation("participation.fromActivity"));
        empty.setText(getTranslation("participation.none"));
        configureGrid();
        add(new H2(getTranslation("participation.heading")), new Paragraph(getTranslation("participation.intro")),
                scaleNote = new ScaleNote(participation.scale()), fromActivity, toolbar(), empty, grid);
        setFlexGrow(1, grid);
    }

    /**
     * Sized so that every column, status, review and last observed included, fits a 1366 px screen; the
     * organisation is shown under the service's name. Columns can be hidden from the column menu.
     */
    private void configureGrid() {
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        GridStyles.dense(grid);
        grid.setAriaLabel(getTranslation("participation.grid"));
        // each column once, with one label: its header, its entry in the column menu and, on a phone, its line
        // under the service's name
        narrow.chosenIn(columns);
        narrow.addMain("name", getTranslation("participation.service.name"), this::nameAndOrganisation)
                .setComparator(s -> s.service().name().toLowerCase()).setWidth("11em").setFlexGrow(3);
        narrow.addText("sector", getTranslation("participation.service.sector"),
                s -> getTranslation("participation.sector." + s.service().sector().name()))
                .setComparator(s -> s.service().sector()).setWidth("6.5em").setFlexGrow(0);
        narrow.addText("baseline", getTranslation("participation.column.baseline"),
                s -> format.stage(s.journey().baselineStage()))
                .setComparator(Comparator.comparing(s -> s.journey().baselineStage().orElse(0)))
                .setWidth("7em").setFlexGrow(1);
        narrow.addText("current", getTranslation("participation.column.current"),
                s -> format.stage(s.journey().currentStage()))
                .setComparator(Comparator.comparing(s -> s.journey().currentStage().orElse(0)))
                .setWidth("7em").setFlexGrow(1);
        narrow.addText("target", getTranslation("participation.column.target"),
                s -> format.stage(s.service().targetStage()) + ", " + format.date(s.service().targetDate()))
                .setComparator(s -> s.service().targetDate()).setWidth("8.5em").setFlexGrow(1);
        narrow.addText("travelled", getTranslation("participation.column.travelled"),
                s -> format.travelled(s.journey().distanceTravelled()))
                .setComparator(Comparator.comparing(s -> s.journey().distanceTravelled().orElse(Integer.MIN_VALUE)))
                .setWidth("7.5em").setFlexGrow(0);
        narrow.add(grid.addComponentColumn(s -> format.statusLabel(s.journey().status())).setKey("status")
                .setComparator(Comparator.comparing(s -> statusRank(s.journey().status())))
                .setWidth("8em").setFlexGrow(0), getTranslation("participation.column.status"),
                s -> format.status(s.journey().status()));
        narrow.add(grid.addComponentColumn(s -> format.reviewLabel(s.journey().reviewDue())).setKey("review")
                .setComparator(Comparator.comparing(s -> s.journey().reviewDue() ? 0 : 1)).setWidth("7.5em")
                .setFlexGrow(0), getTranslation("participation.column.review"),
                s -> format.t(s.journey().reviewDue() ? "participation.review.due" : "participation.review.notDue"));
        narrow.addText("lastObserved", getTranslation("participation.column.lastObserved"),
                s -> format.date(s.journey().lastObserved().orElse(null)))
                .setComparator(Comparator.comparing(s -> s.journey().lastObserved().orElse(java.time.LocalDate.MIN)))
                .setWidth("7em").setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(true));
        grid.addItemClickListener(e -> open(e.getItem().service()));
    }

    /** The service's name as a link, with its organisation under it. */
    private Div nameAndOrganisation(ServiceSummary summary) {
        Span organisation = new Span(summary.service().owningOrganisation());
        organisation.addClassName("service-organisation");
        organisation.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-xs)");
        // the link in a block of its own: next to other text it would need an underline to stand out (WCAG 1.4.1)
        return new Div(new Div(link(summary)), organisation);
    }

    /** At risk first, then no baseline, on track, reached. */
    private static int statusRank(JourneyStatus status) {
        return switch (status) {
            case AT_RISK -> 0;
            case NO_BASELINE -> 1;
            case ON_TRACK -> 2;
            case TARGET_REACHED -> 3;
        };
    }

    /** The service name as a real link, so keyboard and screen-reader users can open it too. */
    private RouterLink link(ServiceSummary summary) {
        RouterLink link = new RouterLink(summary.service().name(), ServiceJourneyView.class, summary.service().id());
        if (activityId != null) {
            link.setQueryParameters(QueryParameters.of(ACTIVITY_PARAM, String.valueOf(activityId)));
        }
        return GridLinks.tall(link);
    }

    private void open(org.cjengage.core.participation.TrackedService service) {
        QueryParameters params = activityId == null ? QueryParameters.empty()
                : QueryParameters.of(ACTIVITY_PARAM, String.valueOf(activityId));
        getUI().ifPresent(ui -> ui.navigate(ServiceJourneyView.class, service.id(), params));
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout(newService, columns);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        activityId = event.getLocation().getQueryParameters().getSingleParameter(ACTIVITY_PARAM)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).orElse(null);
        Optional<Partnership> partnership = currentPartnership.get();
        partnershipId = partnership.map(Partnership::id).orElse(-1L);
        List<ServiceSummary> summaries = partnershipId > 0 ? participation.services(partnershipId) : List.of();
        grid.setItems(summaries);
        grid.setVisible(!summaries.isEmpty());
        columns.setVisible(!summaries.isEmpty());
        empty.setVisible(summaries.isEmpty());
        newService.setVisible(partnershipId > 0 && participation.canEditServices(partnershipId));
        fromActivity.setVisible(activityId != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participation.heading") + " | " + getTranslation("app.name");
    }
}
