package org.cjengage.ui.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.security.SecurityEvent;
import org.cjengage.core.security.SecurityEventFilter;
import org.cjengage.core.security.SecurityEventType;
import org.cjengage.core.security.SecurityEvents;

/**
 * The security event log for admins, filtered by type, user and date range. Partnership admins see only
 * their partnerships' events ({@link SecurityEvents} enforces it). Removed people show as "Former user #id".
 */
@Route(value = "admin/security-events", registerAtStartup = false)
@RolesAllowed("ADMIN")
public class SecurityEventsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/London"));

    final Select<SecurityEventType> type = new Select<>();
    final TextField user = new TextField();
    final DatePicker from = UkDates.apply(new DatePicker());
    final DatePicker to = UkDates.apply(new DatePicker());
    final Grid<SecurityEvent> grid = new Grid<>();
    private final SecurityEvents events;

    public SecurityEventsView(SecurityEvents events, PartnershipService partnerships) {
        this.events = events;
        setSizeFull();
        PartnershipNames names = new PartnershipNames(this, partnerships.visiblePartnerships());
        type.setLabel(getTranslation("security.events.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("security.events.allTypes"));
        type.setItems(SecurityEventType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("security.events.allTypes")
                : getTranslation("security.event." + t.name()));
        user.setLabel(getTranslation("security.events.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setMaxLength(100);
        from.setLabel(getTranslation("security.events.from"));
        to.setLabel(getTranslation("security.events.to"));
        type.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(type, user, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("security.events.grid"));
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("security.events.time")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("security.event." + e.type().name())).setHeader(getTranslation("security.events.type")).setAutoWidth(true);
        grid.addColumn(e -> PartnershipNames.formerOr(this, e.userId(), e.username(), e.userRemoved()))
                .setHeader(getTranslation("security.events.user")).setFlexGrow(1);
        grid.addColumn(e -> e.actorId() == null ? "" : PartnershipNames.formerOr(this, e.actorId(), e.actorUsername(), e.actorRemoved()))
                .setHeader(getTranslation("security.events.actor")).setFlexGrow(1);
        grid.addColumn(e -> e.partnershipId() == null ? "" : names.partnership(e.partnershipId()))
                .setHeader(getTranslation("security.events.partnership")).setFlexGrow(1);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("security.events.details")).setFlexGrow(2);
        add(new H2(getTranslation("security.events.heading")), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        SecurityEventFilter filter = new SecurityEventFilter(type.getValue(), user.getValue(), from.getValue(),
                to.getValue(), null);
        grid.setItems(q -> events.search(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) events.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.events.heading") + " | " + getTranslation("app.name");
    }
}
