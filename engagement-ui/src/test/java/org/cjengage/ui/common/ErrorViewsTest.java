package org.cjengage.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.ui.layout.DomainErrorView;
import org.cjengage.ui.plan.PlanView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class ErrorViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void openingAnotherPartnershipsActivityByUrlShowsTheSameTextAsAMissingOneAndNoData() {
        Partnership other = data.partnership();
        ActionPlan otherPlan = data.plan(other.id());
        EngagementActivity secret = data.activity(otherPlan, "Confidential activity of another partnership");
        Partnership own = data.partnership();
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, own.id()));

        UI.getCurrent().navigate(PlanView.class, QueryParameters.simple(Map.of("plan", String.valueOf(otherPlan.id()),
                "activity", String.valueOf(secret.id()))));

        assertThat(getCurrentView()).isInstanceOf(DomainErrorView.class);
        String shown = $(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", String::concat);
        assertThat(shown).contains("does not exist, or you do not have access to it")
                .doesNotContain("Confidential");
    }

    @Test
    void aMalformedIdInTheUrlShowsTheFriendlyNotFoundPage() {
        AsUser.signIn(data.user(Role.STAFF, data.partnership().id()));

        UI.getCurrent().navigate(PlanView.class, QueryParameters.simple(Map.of("plan", "not-a-number")));

        assertThat(getCurrentView()).isInstanceOf(DomainErrorView.class);
    }
}
