package org.cjengage.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.ui.admin.SecurityEventsView;
import org.cjengage.ui.admin.UsersView;
import org.cjengage.ui.dashboard.DashboardView;
import org.cjengage.ui.dashboard.NationalDashboardView;
import org.cjengage.ui.feedback.ActivityFeedbackView;
import org.cjengage.ui.feedback.FeedbackUnavailableView;
import org.cjengage.ui.feedback.PublicFeedbackView;
import org.cjengage.ui.layout.DomainErrorView;
import org.cjengage.ui.layout.MainLayout;
import org.cjengage.ui.layout.UnexpectedErrorView;
import org.cjengage.ui.outputs.AnnualReportView;
import org.cjengage.ui.outputs.OpenDataView;
import org.cjengage.ui.outputs.PartnershipPageView;
import org.cjengage.ui.outputs.PublicAnnualReportView;
import org.cjengage.ui.outputs.PublicPageUnavailableView;
import org.cjengage.ui.outputs.PublicPartnershipView;
import org.cjengage.ui.outputs.PublicStatementView;
import org.cjengage.ui.outputs.StatementView;
import org.cjengage.ui.participation.ServiceJourneyView;
import org.cjengage.ui.participation.ServicesView;
import org.cjengage.ui.plan.ActivityView;
import org.cjengage.ui.plan.PlanView;
import org.cjengage.ui.plan.PrintPlanView;
import org.cjengage.ui.reminders.RemindersView;
import org.cjengage.ui.scoring.ActivityAssessmentsView;
import org.cjengage.ui.scoring.AssessmentView;
import org.cjengage.ui.scoring.AssessmentsOverviewView;
import org.cjengage.ui.scoring.PartnershipAssessmentsView;
import org.cjengage.ui.common.AccessChangedView;
import org.cjengage.ui.security.ChangePasswordView;

/**
 * Registers the plugin's pages when Vaadin starts, below {@code cjengage.ui.route-prefix} ({@link PluginPaths}) and
 * inside the plugin's own {@link MainLayout}, which is a parent layout of these views only: a host application's
 * routes keep their own layout. Each view carries {@code @Route(value = ..., registerAtStartup = false)}: the
 * annotation gives its path below the prefix and whether it has the layout ({@code autoLayout = false}: public
 * pages, the printable plan). The plan grid is also the plugin's home, at the prefix itself ({@link #HOME}); that
 * alias is registered here rather than by {@code @RouteAlias}, which Vaadin would read as the root of the whole
 * application (a host's side navigation would mark the plugin's item as current on the host's own home page).
 */
public class PluginRoutes implements VaadinServiceInitListener {

    /** Every page of the plugin; a new view is added here ({@code PluginRoutesTest} finds one left out). */
    public static final List<Class<? extends Component>> VIEWS = List.of(
            PlanView.class, ActivityView.class, PrintPlanView.class,
            DashboardView.class, NationalDashboardView.class,
            AssessmentsOverviewView.class, PartnershipAssessmentsView.class, AssessmentView.class,
            ActivityAssessmentsView.class,
            ServicesView.class, ServiceJourneyView.class,
            ActivityFeedbackView.class, PublicFeedbackView.class,
            StatementView.class, AnnualReportView.class, PartnershipPageView.class, OpenDataView.class,
            PublicPartnershipView.class, PublicStatementView.class, PublicAnnualReportView.class,
            UsersView.class, SecurityEventsView.class, RemindersView.class,
            ChangePasswordView.class, AccessChangedView.class);

    /** The plugin's home page, also shown at the prefix itself. */
    public static final Class<? extends Component> HOME = PlanView.class;

    /** The plugin's error pages (its refusals and unexpected errors, unavailable public pages). */
    public static final List<Class<? extends Component>> ERROR_VIEWS = List.of(
            DomainErrorView.class, UnexpectedErrorView.class, FeedbackUnavailableView.class,
            PublicPageUnavailableView.class);

    private final PluginPaths paths;

    public PluginRoutes(PluginPaths paths) {
        this.paths = paths;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        routes.update(() -> VIEWS.stream().filter(view -> !routes.isRouteRegistered(view)).forEach(view -> {
            Route route = view.getAnnotation(Route.class);
            List<Class<? extends RouterLayout>> layout = route.autoLayout() ? List.of(MainLayout.class) : List.of();
            routes.setRoute(paths.route(route.value()), view, layout);
            if (view == HOME) {
                routes.setRoute(paths.route(""), view, layout);
            }
        }));
        registry.setErrorNavigationTargets(Set.copyOf(ERROR_VIEWS));
    }
}
