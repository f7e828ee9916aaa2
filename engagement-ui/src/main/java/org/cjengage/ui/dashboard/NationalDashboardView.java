package org.cjengage.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.dashboard.DashboardFilter;
import org.cjengage.core.dashboard.DashboardService;
import org.cjengage.core.dashboard.NationalDashboard;
import org.cjengage.core.dashboard.PartnershipComparison;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.chart.DataTable;

/**
 * Scotland at a glance, for national viewers: the dashboard figures across every partnership and a table
 * comparing partnerships (each row opens that partnership's dashboard with the same filters).
 */
@Route(value = "dashboard/national", registerAtStartup = false)
@PermitAll
public class NationalDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final Labels labels;
    private final PluginPaths paths;
    final DashboardFilterBar filters;
    final Paragraph suppressionNote = new Paragraph();
    final DataTable comparison = new DataTable();
    private final Section comparisonSection = new Section();
    FiguresPanel figures;
    private DashboardQuery query;

    public NationalDashboardView(DashboardService dashboards, Labels labels, PluginPaths paths) {
        this.paths = paths;
        this.dashboards = dashboards;
        this.labels = labels;
        filters = new DashboardFilterBar(labels, false);
        filters.addFilterChangedListener(e -> apply(e.filter()));
        comparisonSection.setId("dashboard-comparison");
        H3 title = new H3(getTranslation("dashboard.comparison.title"));
        title.setId("dashboard-comparison-title");
        comparisonSection.getElement().setAttribute("aria-labelledby", "dashboard-comparison-title");
        comparison.stackWhenNarrow();
        comparisonSection.add(title, comparison);
        add(new H2(getTranslation("dashboard.national.heading")), filters, suppressionNote, comparisonSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardQuery requested = DashboardQuery.parse(event.getLocation().getQueryParameters());
        NationalDashboard d = dashboards.national(requested.filter());
        query = new DashboardQuery(null, d.filter());
        filters.show(d.filter(), List.of(), null);
        FigureText text = new FigureText(d.threshold(), this::getTranslation);
        suppressionNote.setVisible(d.figures().anySuppressed());
        suppressionNote.setText(text.note());
        if (figures != null) {
            remove(figures);
        }
        figures = new FiguresPanel(d.figures(), text, labels, null, true, paths.route("plans"));
        addComponentAtIndex(3, figures);
        showComparison(d, text);
    }

    private void showComparison(NationalDashboard d, FigureText text) {
        List<String> headers = List.of(getTranslation("dashboard.comparison.partnership"),
                getTranslation("dashboard.tile.total"), getTranslation("dashboard.tile.complete"),
                getTranslation("dashboard.tile.overdue"), getTranslation("dashboard.comparison.engage"),
                getTranslation("dashboard.tile.overdueReviews"), getTranslation("dashboard.comparison.notInvolved"));
        List<List<String>> rows = new ArrayList<>();
        for (PartnershipComparison r : d.comparison()) {
            rows.add(List.of(r.partnershipName(), text.of(r.total()), text.of(r.complete()), text.of(r.overdue()),
                    text.of(r.engageLevel()), text.of(r.overdueReviews()), String.valueOf(r.communitiesNotInvolved())));
        }
        comparison.setData(getTranslation("dashboard.comparison.title"), headers, rows, (r, c) -> c != 0 ? null
                : new DashboardQuery(d.comparison().get(r).partnershipId(), d.filter()).location(paths.route("dashboard")));
    }

    private void apply(DashboardFilter filter) {
        if (!filters.accepts(filter)) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(NationalDashboardView.class,
                com.vaadin.flow.router.QueryParameters.fromString(query.with(filter).toQueryString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.national.heading") + " | " + getTranslation("app.name");
    }
}
