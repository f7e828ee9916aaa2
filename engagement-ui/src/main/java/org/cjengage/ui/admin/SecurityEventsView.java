package org.cjengage.ui.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.common.UkDates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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

    /** Below this width (rem) of the grid, the other columns are listed under the time. */
    static final double NARROW_REM = 50;

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
        filters.setWrap(true); // on a phone the fields go one under another

        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("security.events.grid"));
        // each column once, with one label: its header and, on a phone, its line under the time
        NarrowColumns<SecurityEvent> narrow = new NarrowColumns<>(grid, NARROW_REM, "security-events-summary");
        narrow.addMain("time", getTranslation("security.events.time"), e -> new Span(TIME.format(e.occurredAt())))
                .setAutoWidth(true);
        narrow.addText("type", getTranslation("security.events.type"), this::type).setAutoWidth(true);
        narrow.addText("user", getTranslation("security.events.user"), this::user).setFlexGrow(1);
        narrow.addText("actor", getTranslation("security.events.actor"), this::actor).setFlexGrow(1);
        narrow.addText("partnership", getTranslation("security.events.partnership"), e -> partnership(names, e))
                .setFlexGrow(1);
        narrow.addText("details", getTranslation("security.events.details"), SecurityEventsView::details)
                .setFlexGrow(2);
        grid.setMinHeight("20em"); // on a phone the filters above it would leave it none
        add(new H2(getTranslation("security.events.heading")), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String type(SecurityEvent e) {
        return getTranslation("security.event." + e.type().name());
    }

    private String user(SecurityEvent e) {
        return PartnershipNames.formerOr(this, e.userId(), e.username(), e.userRemoved());
    }

    private String actor(SecurityEvent e) {
        return e.actorId() == null ? "" : PartnershipNames.formerOr(this, e.actorId(), e.actorUsername(), e.actorRemoved());
    }

    private static String partnership(PartnershipNames names, SecurityEvent e) {
        return e.partnershipId() == null ? "" : names.partnership(e.partnershipId());
    }

    private static String details(SecurityEvent e) {
        return e.details() == null ? "" : e.details();
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
