package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRow;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
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
class PlanViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    EngagementPrincipal lead;
    ActionPlan plan;

    @BeforeEach
    void givenAPlanWithOverdueCompleteAndFutureActivities() {
        Partnership partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        plan = data.plan(partnership.id());
        AsUser.signIn(lead);
        LocalDate today = plans.today();
        plans.createActivity(plan.id(), activity("Late survey of residents", "CONSULT", PlanStatus.IN_PROGRESS,
                today.minusDays(10), "Morag"));
        plans.createActivity(plan.id(), activity("Forum already held", "ENGAGE", PlanStatus.COMPLETE,
                today.minusDays(10), "Ali"));
        plans.createActivity(plan.id(), activity("Briefing next year", "INFORM", PlanStatus.NOT_STARTED,
                today.plusYears(1), "Morag"));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    static ActivityDraft activity(String description, String level, PlanStatus status, LocalDate end, String lead) {
        return new ActivityDraft(description, level, Set.of("VICTIMS"), Set.of(), status, lead, Set.of(), Set.of(),
                "DELIVER", end.minusMonths(2), end, null, null);
    }

    PlanView open(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("plans",
                com.vaadin.flow.router.QueryParameters.fromString(query));
        return (PlanView) getCurrentView();
    }

    List<String> shownDescriptions(PlanView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).description()).toList();
    }

    @Test
    void deletingAPlanAsksFirstAndCancellingKeepsIt() {
        PlanView view = open("plan=" + plan.id());

        test(view.toolbar.deletePlan).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(plans.plansOf(plan.partnershipId())).extracting(ActionPlan::id).contains(plan.id());

        test(view.toolbar.deletePlan).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(plans.plansOf(plan.partnershipId())).extracting(ActionPlan::id).doesNotContain(plan.id());
    }

    @Test
    void theGridShowsEveryActivityWithItsDeliveryStatusInWordsAndOverdueRowsMarked() {
        PlanView view = open("plan=" + plan.id());

        assertThat(shownDescriptions(view)).containsExactly("Late survey of residents", "Forum already held",
                "Briefing next year");
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "rag", "words", String.class)).isEqualTo("Overdue");
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "rag", "rag", String.class)).isEqualTo("red");
        assertThat(view.grid.getPartNameGenerator().apply(test(view.grid).getRow(0))).isEqualTo("overdue");
        assertThat(view.grid.getPartNameGenerator().apply(test(view.grid).getRow(1))).isNull();
        assertThat(view.count.getText()).isEqualTo("3 activities shown");
    }

    @Test
    void filtersAndSearchNarrowTheRowsFromTheDatabase() {
        PlanView view = open("plan=" + plan.id());

        test(view.filters.overdue).click();
        assertThat(shownDescriptions(view)).containsExactly("Late survey of residents");

        test(view.filters.overdue).click();
        test(view.filters.search).setValue("briefing");
        assertThat(shownDescriptions(view)).containsExactly("Briefing next year");

        test(view.filters.search).setValue("");
        test(view.filters.lead).setValue("morag");
        test(view.filters.status).selectItem("3 Complete");
        assertThat(shownDescriptions(view)).isEmpty();
        assertThat(view.count.getText()).isEqualTo("0 activities shown");
    }

    @Test
    void filtersAreReadFromTheUrlQueryParameters() {
        PlanView view = open("plan=" + plan.id() + "&level=ENGAGE&q=forum");

        assertThat(view.filters.level.getValue()).isEqualTo("ENGAGE");
        assertThat(view.filters.search.getValue()).isEqualTo("forum");
        assertThat(shownDescriptions(view)).containsExactly("Forum already held");
        assertThat(view.filters.params()).containsEntry("level", "ENGAGE").containsEntry("q", "forum");
    }

    @Test
    void sortingByAColumnOrdersTheRowsInTheDatabaseQuery() {
        PlanView view = open("plan=" + plan.id());

        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(view.grid.getColumns().get(2),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));

        assertThat(java.util.stream.IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i)).map(ActivityRow::levelCode).toList())
                .containsExactly("ENGAGE", "CONSULT", "INFORM");
    }

    @Test
    void clickingARowOpensTheActivityPage() {
        PlanView view = open("plan=" + plan.id());

        test(view.grid).clickRow(1);

        assertThat(getCurrentView()).isInstanceOf(ActivityView.class);
        assertThat(((ActivityView) getCurrentView()).form.description.getValue()).isEqualTo("Forum already held");
    }

    @Test
    void aPartnerSeesThePlanButNoEditingOrImportButtons() {
        AsUser.signIn(data.user(Role.PARTNER, plan.partnershipId()));
        PlanView view = open("plan=" + plan.id());

        assertThat(view.toolbar.addActivity.isVisible()).isFalse();
        assertThat(view.toolbar.importActivities.isVisible()).isFalse();
        assertThat(view.toolbar.copyPlan.isVisible()).isFalse();
        assertThat(view.toolbar.exportCsv.isVisible()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    @Test
    void aPlanWithNoTitleAndAnEndBeforeItsStartIsMarkedAtTheFieldsAndNotCreated() {
        PlanView view = open("plan=" + plan.id());
        test(view.toolbar.newPlan).click();
        PlanDialog dialog = $(PlanDialog.class).single();
        test(dialog.title).setValue("");
        dialog.periodEnd.setValue(dialog.periodStart.getValue().minusDays(1));

        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(dialog.periodEnd.isInvalid()).isTrue();
        assertThat(dialog.periodEnd.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plans.plansOf(plan.partnershipId())).extracting(ActionPlan::id).containsExactly(plan.id());

        dialog.periodStart.setValue(dialog.periodEnd.getValue().minusYears(1));
        test(dialog.save).click();

        assertThat(dialog.periodEnd.isInvalid()).as("the end is no longer before the start").isFalse();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(plans.plansOf(plan.partnershipId())).hasSize(1);
    }

    @Test
    void anImportWithBadRowsListsEveryProblemAndSavesNothing() {
        PlanView view = open("plan=" + plan.id());
        test(view.toolbar.importActivities).click();
        ImportDialog dialog = $(ImportDialog.class).single();

        test(dialog.upload).upload("plan.csv", "text/csv",
                "Activity,Level,Focus community\nGood,Inform,Victims\n,Loud,Martians\n".getBytes());

        assertThat(dialog.summary.getText()).isEqualTo("The file has 3 problems. Correct them and upload it again; nothing has been saved.");
        assertThat(test(dialog.problems).size()).isEqualTo(3);
        assertThat(test(dialog.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(dialog.confirm.isVisible()).isFalse();
        assertThat(plans.countActivities(plan.id())).isEqualTo(3);
    }

    @Test
    void aCorrectImportIsConfirmedAndAddsEveryRow() {
        PlanView view = open("plan=" + plan.id());
        test(view.toolbar.importActivities).click();
        ImportDialog dialog = $(ImportDialog.class).single();

        test(dialog.upload).upload("plan.csv", "text/csv",
                "activity;level;focus community\nNew one;1;3\nNew two;engage;victims of crime\n".getBytes());
        assertThat(dialog.summary.getText()).isEqualTo("2 activities are ready to be added to this plan.");
        test(dialog.confirm).click();

        assertThat(plans.countActivities(plan.id())).isEqualTo(5);
        assertThat(test(view.grid).size()).isEqualTo(5);
        assertThat(view.count.getText()).isEqualTo("5 activities shown");
    }
}
