package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.dialog.Dialog;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class PlanViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    Partnership partnership;
    ActionPlan plan;

    @BeforeEach
    void givenAPlanWithOneActivity() {
        partnership = data.partnership();
        plan = data.plan(partnership.id());
        data.activity(plan, "Existing drop-in");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private PlanView openAs(EngagementPrincipal user) {
        AsUser.signIn(user);
        return go(java.util.Map.of("plan", String.valueOf(plan.id())));
    }

    private PlanView go(java.util.Map<String, String> query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(PlanView.class,
                com.vaadin.flow.router.QueryParameters.simple(query));
        return (PlanView) getCurrentView();
    }

    @Test
    void theGridShowsThePlansActivities() {
        PlanView view = openAs(data.user(Role.STAFF, partnership.id()));

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Existing drop-in");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Consult");
    }

    @Test
    void aLeadAddsAnActivityThroughTheFormAndItIsSaved() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        PlanView view = openAs(lead);

        test(view.addActivity).click();
        ActivityForm form = $(ActivityForm.class).single();
        test(form.description).setValue("Street stall at the summer gala");
        test(form.level).selectItem("Inform");
        test(form.communities).selectItem("Victims of crime");
        test(form.save).click();

        assertThat(AsUser.call(lead, () -> plans.activities(plan.id(), 0, 10)))
                .extracting(EngagementActivity::description)
                .contains("Street stall at the summer gala");
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void aMissingDescriptionIsMarkedOnTheFieldAndNothingIsSaved() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        PlanView view = openAs(lead);

        test(view.addActivity).click();
        ActivityForm form = $(ActivityForm.class).single();
        test(form.level).selectItem("Engage");
        test(form.save).click();

        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(AsUser.call(lead, () -> plans.countActivities(plan.id()))).isEqualTo(1);
        assertThat($(Dialog.class).all()).hasSize(1);
    }

    @Test
    void staffSeeTheActivityReadOnlyWithoutAddOrSave() {
        EngagementPrincipal staff = data.user(Role.STAFF, partnership.id());
        PlanView view = openAs(staff);
        EngagementActivity existing = AsUser.call(staff, () -> plans.activities(plan.id(), 0, 1)).getFirst();

        assertThat(view.addActivity.isVisible()).isFalse();
        go(java.util.Map.of("plan", String.valueOf(plan.id()), "activity", String.valueOf(existing.id())));
        ActivityForm form = $(ActivityForm.class).single();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.description.isReadOnly()).isTrue();
        assertThat(form.description.getValue()).isEqualTo("Existing drop-in");
        assertThat(Set.of(form.delete.isVisible())).containsExactly(false);
    }
}
