package org.cjengage.ui;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.internal.AbstractRouteRegistry;
import com.vaadin.flow.router.internal.DefaultErrorHandler;
import com.vaadin.flow.internal.ReflectTools;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
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
import org.cjengage.ui.layout.HostErrorViews;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the plugin's pages when Vaadin starts, below {@code cjengage.ui.route-prefix} ({@link PluginPaths}) and
 * inside the plugin's own {@link MainLayout}, which is a parent layout of these views only: a host application's
 * routes keep their own layout. Each view carries {@code @Route(value = ..., registerAtStartup = false)}: the
 * annotation gives its path below the prefix and whether it has the layout ({@code autoLayout = false}: public
 * pages, the printable plan). The plan grid is also the plugin's home, at the prefix itself ({@link #HOME}); that
 * alias is registered here rather than by {@code @RouteAlias}, which Vaadin would read as the root of the whole
 * application (a host's side navigation would mark the plugin's item as current on the host's own home page).
 * <p>
 * The plugin's error views join the host's rather than replace them (Vaadin keeps one view per exception type for
 * the whole application). The host's own views, found already registered (Vaadin registers the ones it finds when
 * the application starts, before this listener runs), are kept in {@link HostErrorViews}; for a type both declare
 * (in practice {@code Exception}), the plugin's view takes the type and passes errors of pages outside the prefix on
 * to the host's view, so each side shows its own page for its own addresses.
 */
public class PluginRoutes implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRoutes.class);

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
        registerErrorViews(registry, event.getSource().getContext());
    }

    private static void registerErrorViews(ApplicationRouteRegistry registry, VaadinContext context) {
        // a second start of Vaadin in the same application finds the plugin's views where the host's were
        Map<Class<? extends Exception>, Class<? extends Component>> hosts = new HashMap<>(HostErrorViews.in(context).views());
        registry.getConfiguration().getExceptionHandlers().forEach((type, view) -> {
            if (isHostView(view)) {
                hosts.put(type, view);
            }
        });
        new HostErrorViews(hosts).storeIn(context);
        Map<Boolean, Set<Class<? extends Component>>> sharedOrNot = ERROR_VIEWS.stream()
                .collect(Collectors.partitioningBy(view -> hosts.containsKey(handledType(view)), Collectors.toSet()));
        registry.setErrorNavigationTargets(sharedOrNot.get(false));
        sharedOrNot.get(true).forEach(view -> takeOver(registry, handledType(view), view));
    }

    /** A view the application declared itself: neither the plugin's nor one of Vaadin's own (default) error views. */
    static boolean isHostView(Class<? extends Component> view) {
        return !ERROR_VIEWS.contains(view) && !view.isAnnotationPresent(DefaultErrorHandler.class)
                && !view.getName().startsWith("com.vaadin.");
    }

    static Class<? extends Exception> handledType(Class<? extends Component> view) {
        return ReflectTools.getGenericInterfaceType(view, HasErrorParameter.class).asSubclass(Exception.class);
    }

    /**
     * Puts the plugin's view in place of the host's for one exception type (the host's stays in
     * {@link HostErrorViews} for the host's pages). Vaadin's public registration refuses two views for one type, so
     * this uses the registry's own (protected) configuration step; should that fail, the host's view keeps the type
     * everywhere and the start-up goes on.
     */
    private static void takeOver(ApplicationRouteRegistry registry, Class<? extends Exception> type,
            Class<? extends Component> view) {
        try {
            Method configure = AbstractRouteRegistry.class.getDeclaredMethod("configure", AbstractRouteRegistry.Configuration.class);
            configure.setAccessible(true);
            AbstractRouteRegistry.Configuration put = routes -> routes.setErrorRoute(type, view);
            configure.invoke(registry, put);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("The application's own error view for {} stays in use on the plugin's pages too", type.getName(), e);
        }
    }
}
