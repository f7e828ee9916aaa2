package org.cjengage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.common.PublicPageStatus;
import org.cjengage.ui.layout.MainLayout;
import org.cjengage.ui.feedback.PublicAddress;
import org.cjengage.ui.outputs.PublicPartnershipView;
import org.cjengage.ui.plan.ActivityView;
import org.cjengage.ui.plan.PlanView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** With {@code cjengage.ui.route-prefix=engage}, every page, link and path of the plugin is below /engage. */
@SpringBootTest(classes = EngagementApplication.class, properties = "cjengage.ui.route-prefix=engage")
class PluginRoutePrefixViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PublicAddress address;
    @Autowired List<PublicPageStatus.PublicPage> publicPages;
    @Autowired @Qualifier("engagementLoginPage") ServletRegistrationBean<?> loginPage;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void thePluginsPagesAreRegisteredBelowThePrefixAndNotAtTheRoot() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();

        assertThat(routes.getUrl(PlanView.class)).isEqualTo("engage/plans");
        assertThat(routes.getRoute("engage")).contains(PlanView.class);
        assertThat(routes.getTemplate(PublicPartnershipView.class)).contains("engage/p/:code");
        assertThat(routes.getRoute("plans")).isEmpty();
        assertThat(routes.getRoute("")).isEmpty();
    }

    @Test
    void aPluginPageOpensInThePluginsLayoutAndItsLinksCarryThePrefix() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        ActionPlan plan = data.plan(partnership.id());
        EngagementActivity activity = data.activity(plan, "Coffee morning");
        AsUser.signIn(lead);

        navigate("engage/plans", PlanView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
        assertThat($(Anchor.class).all()).filteredOn(a -> a.getText().equals("Printable view")).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("engage/plans/" + plan.id() + "/print"));

        navigate("engage/activities/" + activity.id(), ActivityView.class);

        assertThat($(Anchor.class).all()).filteredOn(a -> a.getText().equals("Score against the standards"))
                .singleElement().satisfies(a -> assertThat(a.getHref())
                        .isEqualTo("engage/activities/" + activity.id() + "/assessments"));
    }

    @Test
    void theSignInPageIsServedBelowThePrefix() {
        assertThat(loginPage.getUrlMappings()).containsExactly("/engage/login");
    }

    @Test
    void linksThatLeaveTheApplicationAndPublicPageChecksUseThePrefix() {
        assertThat(address.of("f/abc")).endsWith("/engage/f/abc");
        assertThat(publicPages).anyMatch(p -> p.matches("/engage/f/abc")).anyMatch(p -> p.matches("/engage/p/CODE"))
                .noneMatch(p -> p.matches("/f/abc") || p.matches("/p/CODE"));
    }
}
