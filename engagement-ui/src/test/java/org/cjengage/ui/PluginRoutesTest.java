package org.cjengage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import org.cjengage.ui.layout.DomainErrorView;
import org.cjengage.ui.layout.UnexpectedErrorView;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link PluginRoutes} in step with the views: a view left out would have no address in any application,
 * one registered at start-up would sit at the root outside the prefix, and a global layout would wrap a host's pages.
 */
class PluginRoutesTest {

    private final List<JavaClass> classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cjengage.ui")
            .stream().toList();

    @Test
    void everyViewOfThePluginIsRegisteredByPluginRoutesAndNoneAtStartUp() {
        List<Class<?>> routes = classes.stream().filter(c -> c.isAnnotatedWith(Route.class))
                .<Class<?>>map(JavaClass::reflect).toList();

        assertThat(routes).containsExactlyInAnyOrderElementsOf(PluginRoutes.VIEWS);
        assertThat(routes).allSatisfy(view -> assertThat(view.getAnnotation(Route.class).registerAtStartup())
                .as(view.getSimpleName()).isFalse());
        assertThat(routes).noneMatch(view -> view.isAnnotationPresent(RouteAlias.class));
    }

    @Test
    void everyErrorViewOfThePluginIsRegistered() {
        List<Class<?>> errorViews = classes.stream()
                .filter(c -> c.isAssignableTo(HasErrorParameter.class) && !c.isInterface())
                .<Class<?>>map(JavaClass::reflect).toList();

        assertThat(errorViews).containsExactlyInAnyOrderElementsOf(PluginRoutes.ERROR_VIEWS);
    }

    /** Stands for a host application's own error page (not an error view here: the UI tests' scan would find it). */
    static class HostsOwnErrorPage extends Div {
    }

    @Test
    void onlyAnApplicationsOwnErrorViewsCountAsTheHostsNotThePluginsOrVaadinsDefaults() {
        assertThat(PluginRoutes.isHostView(HostsOwnErrorPage.class)).isTrue();
        assertThat(PluginRoutes.ERROR_VIEWS).noneMatch(PluginRoutes::isHostView);
        assertThat(PluginRoutes.isHostView(RouteNotFoundError.class)).isFalse();
        assertThat(PluginRoutes.isHostView(InternalServerError.class)).isFalse();
        assertThat(PluginRoutes.handledType(UnexpectedErrorView.class)).isEqualTo(Exception.class);
        assertThat(PluginRoutes.handledType(DomainErrorView.class)).isEqualTo(org.cjengage.core.common.DomainException.class);
    }

    @Test
    void thePluginDeclaresNoGlobalLayout() {
        assertThat(classes).noneMatch(c -> c.isAnnotatedWith(Layout.class));
    }
}
