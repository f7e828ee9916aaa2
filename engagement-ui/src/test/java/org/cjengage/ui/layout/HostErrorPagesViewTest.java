package org.cjengage.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.hostpages.HostPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a host (prefix {@code engage}) with an error page of its own for {@code Exception}: the host's page for its own
 * addresses, the plugin's below the prefix, the plugin's if the host's page fails; never the exception's text.
 */
@SpringBootTest(classes = EngagementApplication.class, properties = "cjengage.ui.route-prefix=engage")
@ViewPackages(packages = "org.cjengage.ui")
class HostErrorPagesViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;

    private HostErrorViews before;

    @BeforeEach
    void hostPagesAndSignIn() {
        before = HostErrorViews.in(VaadinService.getCurrent().getContext());
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("notices", HostPages.FailingPage.class);
        routes.setRoute("engage/failing", HostPages.FailingPage.class, List.of(MainLayout.class));
        AsUser.signIn(data.user(Role.STAFF, data.partnership().id()));
    }

    @AfterEach
    void restore() {
        before.storeIn(VaadinService.getCurrent().getContext());
        RouteConfiguration.forApplicationScope().removeRoute(HostPages.FailingPage.class);
        AsUser.signOut();
    }

    private static void hostDeclares(Class<? extends com.vaadin.flow.component.Component> view) {
        new HostErrorViews(Map.of(Exception.class, view)).storeIn(VaadinService.getCurrent().getContext());
    }

    private String shownText() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", String::concat);
    }

    @Test
    void aFailingHostPageShowsTheHostsErrorPageWithTheOriginalException() {
        hostDeclares(HostPages.HostErrorPage.class);

        UI.getCurrent().navigate("notices");

        assertThat(getCurrentView()).isInstanceOfSatisfying(HostPages.HostErrorPage.class, page ->
                assertThat(page.shown).isInstanceOf(IllegalStateException.class).hasMessage(HostPages.DETAIL));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(MainLayout.class::isInstance);
    }

    @Test
    void aRefusalOfThePluginsOnAHostPageShowsTheHostsErrorPageToo() {
        hostDeclares(HostPages.HostErrorPage.class);

        UI.getCurrent().navigate("notices", QueryParameters.of("refuse", "yes"));

        assertThat(getCurrentView()).isInstanceOfSatisfying(HostPages.HostErrorPage.class, page ->
                assertThat(page.shown).isInstanceOf(NotFoundException.class));
    }

    @Test
    void aFailingPageBelowThePrefixShowsThePluginsErrorPageInItsLayout() {
        hostDeclares(HostPages.HostErrorPage.class);

        UI.getCurrent().navigate("engage/failing");

        assertThat(getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat(shownText()).contains("Something went wrong").doesNotContain(HostPages.DETAIL);
    }

    @Test
    void aHostErrorPageThatFailsItselfGivesWayToThePluginsPage() {
        hostDeclares(HostPages.BrokenHostErrorPage.class);

        UI.getCurrent().navigate("notices");

        assertThat(getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertThat(shownText()).contains("Something went wrong").doesNotContain(HostPages.DETAIL);
    }

    @Test
    void withoutAnErrorPageOfTheHostsAHostPagesErrorShowsThePluginsPage() {
        UI.getCurrent().navigate("notices");

        assertThat(getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertThat(shownText()).contains("Something went wrong").doesNotContain(HostPages.DETAIL);
    }
}
