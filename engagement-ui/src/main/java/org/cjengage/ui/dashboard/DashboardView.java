package org.cjengage.ui.dashboard;

import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardService;
import org.cjengage.core.dashboard.PartnershipDashboard;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * A partnership's progress at a glance. The partnership and filters are in the URL
 * ({@code dashboard?partnership=..&plan=..&from=..&to=..&community=..&level=..}); without a partnership the
 * one chosen in the header is shown. The service decides who may see it and, through the disclosure policy,
 * which counts of people are suppressed (for members of the partnership: none).
 */
@Route(value = "dashboard", registerAtStartup = false)
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final CurrentPartnership currentPartnership;
    private final Labels labels;
    private final PluginPaths paths;
    final H2 heading = new H2();
    final DashboardFilterBar filters;
    final Paragraph suppressionNote = new Paragraph();
    final Paragraph empty = new Paragraph();
    FiguresPanel figures;
    private DashboardQuery query;

    public DashboardView(DashboardService dashboards, CurrentPartnership currentPartnership, Labels labels,
                         PluginPaths paths) {
        this.paths = paths;
        this.dashboards = dashboards;
        this.currentPartnership = currentPartnership;
        this.labels = labels;
        filters = new DashboardFilterBar(labels, true);
        filters.addFilterChangedListener(e -> apply(e.filter()));
        suppressionNote.addClassName("cje-suppression-note");
        add(heading, filters, suppressionNote, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardQuery requested = DashboardQuery.parse(event.getLocation().getQueryParameters());
        Optional<Long> partnershipId = Optional.ofNullable(requested.partnershipId())
                .or(() -> currentPartnership.get().map(Partnership::id));
        if (figures != null) {
            remove(figures);
            figures = null;
        }
        if (partnershipId.isEmpty()) {
            heading.setText(getTranslation("dashboard.title"));
            empty.setText(getTranslation("dashboard.noPartnership"));
            filters.setVisible(false);
            return;
        }
        PartnershipDashboard d = dashboards.partnership(partnershipId.get(), requested.filter());
        currentPartnership.select(d.partnership().id());
        query = new DashboardQuery(d.partnership().id(), d.filter());
        heading.setText(getTranslation("dashboard.heading", d.partnership().name()));
        filters.setVisible(true);
        filters.show(d.filter(), d.plans(), d.currentPlanId());
        empty.setVisible(false);
        FigureText text = new FigureText(d.threshold(), this::getTranslation);
        suppressionNote.setVisible(d.figures().anySuppressed());
        suppressionNote.setText(text.note());
        figures = new FiguresPanel(d.figures(), text, labels,
                new PlanLinks(paths.route("plans"), d.partnership().id(), d.filter()), false, paths.route("plans"));
        add(figures);
    }

    private void apply(DashboardFilter filter) {
        if (!filters.accepts(filter)) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class,
                com.vaadin.flow.router.QueryParameters.fromString(query.with(filter).toQueryString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.name");
    }
}
