package org.cjengage.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.StrategyLayoutFixture;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The mapping step of the import dialog, without a browser. */
@SpringBootTest(classes = EngagementApplication.class)
class ImportDialogTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    EngagementPrincipal lead;
    ActionPlan plan;

    @BeforeEach
    void givenAnEmptyPlan() {
        Partnership partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        plan = data.plan(partnership.id());
        AsUser.signIn(lead);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    ImportDialog openDialog() {
        com.vaadin.flow.component.UI.getCurrent().navigate("plans",
                com.vaadin.flow.router.QueryParameters.fromString("plan=" + plan.id()));
        PlanView view = (PlanView) getCurrentView();
        test(view.toolbar.importActivities).click();
        return $(ImportDialog.class).single();
    }

    @Test
    void theMappingStepShowsEveryColumnAsHeadedWithItsDetectedFieldAndAPreviewInLabels() {
        ImportDialog dialog = openDialog();

        test(dialog.upload).upload("strategy-layout.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX));

        assertThat(dialog.headerRow.getText()).startsWith("Headings read from row 4");
        assertThat(dialog.columns.targets.values()).extracting(s -> s.getLabel()).containsExactly(
                "What is the Engagement Activity (Brief Description)",
                "What Level of Engagement will be Used? \u2013 Inform / Consult / Engage (see below for descriptions)",
                "Focus of Engagement - which community (see below for description)",
                "Status of Plan (VOiCE) 1.Not started 2.In Progress 3.Complete", "Lead Person",
                "What is expected to be achieved - Purpose? (see below for descriptions)");
        assertThat(dialog.columns.targets.values()).extracting(s -> dialog.columns.label(s.getValue())).containsExactly(
                "Activity (description)", "Level of engagement", "Focus communities", "Plan status", "Lead person",
                "Purposes");
        assertThat(dialog.summary.getText()).isEqualTo("9 activities are ready to be added to this plan.");
        var preview = test(dialog.preview);
        assertThat(preview.size()).isEqualTo(5);
        assertThat(preview.getCellText(0, 0)).isEqualTo("5");
        assertThat(preview.getCellText(0, 2)).isEqualTo("Consult");
        assertThat(preview.getCellText(0, 3)).isEqualTo("People with convictions");
        assertThat(preview.getCellText(0, 4)).isEqualTo("2 In progress");
        assertThat(preview.getCellText(2, 6)).isEqualTo("Increased decision making; who: victims of crime; "
                + "where: city centre hub; what: leaflet content");
        assertThat(dialog.confirm.isVisible()).isTrue();

        test(dialog.confirm).click();

        assertThat(plans.countActivities(plan.id())).isEqualTo(9);
    }

    @Test
    void anUnknownColumnBlocksTheImportUntilItIsIgnored() {
        ImportDialog dialog = openDialog();

        test(dialog.upload).upload("plan.csv", "text/csv",
                "Activity,Level,Favourite colour\nWalkabout,Inform,Green\n".getBytes());

        var colour = dialog.columns.targets.get(2);
        assertThat(colour.isInvalid()).isTrue();
        assertThat(dialog.confirm.isVisible()).isFalse();
        assertThat(dialog.summary.getText()).startsWith("Columns neither mapped nor ignored: 1.");
        assertThat(test(dialog.problems).getCellText(0, 1)).isEqualTo("Favourite colour");

        test(colour).selectItem("Ignore this column");

        assertThat(colour.isInvalid()).isFalse();
        assertThat(dialog.confirm.isVisible()).isTrue();
        test(dialog.confirm).click();
        assertThat(plans.countActivities(plan.id())).isEqualTo(1);
    }

    @Test
    void onAPhoneAPreviewRowWithProblemsSaysSoOnceUnderItsNumberWhileAGoodRowListsItsFields() {
        ImportDialog dialog = openDialog();
        test(dialog.upload).upload("mixed.csv", "text/csv",
                "Activity,Level,Lead\nWalkabout,Inform,Ann\nForum,Shout,Bob\n".getBytes());

        dialog.previewColumns.setNarrow(true);

        var preview = test(dialog.preview);
        assertThat(lines(preview.getCellComponent(0, "row"))).containsExactly("2",
                "Activity (description): Walkabout", "Level of engagement: Inform", "Lead person: Ann");
        assertThat(lines(preview.getCellComponent(1, "row"))).containsExactly("3", "This row has problems (see above)");
        dialog.previewColumns.setNarrow(false);
        assertThat(preview.getCellText(1, 1)).isEqualTo("This row has problems (see above)"); // wide: in each cell
        assertThat(preview.getCellText(1, 2)).isEqualTo("This row has problems (see above)");
    }

    private static java.util.List<String> lines(com.vaadin.flow.component.Component cell) {
        return cell.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void afterAFileWithErrorsANewFileIsAcceptedAtOnce() {
        ImportDialog dialog = openDialog();
        test(dialog.upload).upload("bad.csv", "text/csv", "Activity,Level\nWalkabout,Shout\n".getBytes());
        assertThat(test(dialog.problems).getCellText(0, 2)).isEqualTo("Shout");
        assertThat(test(dialog.problems).getCellText(0, 3))
                .isEqualTo("Not a known value: Shout. Accepted: 1 Inform, 2 Consult, 3 Engage.");

        test(dialog.upload).upload("good.csv", "text/csv", "Activity,Level\nWalkabout,Inform\n".getBytes());

        assertThat(dialog.summary.getText()).isEqualTo("1 activity is ready to be added to this plan.");
        assertThat(dialog.confirm.getText()).isEqualTo("Add 1 activity");
        assertThat(dialog.confirm.isVisible()).isTrue();
    }

    @Test
    void aFileOverTheLimitsIsRefusedWithAClearMessage() {
        ImportDialog dialog = openDialog();
        String wide = "Activity,Level" + ",".repeat(300) + "x\nA,Inform\n";

        test(dialog.upload).upload("wide.csv", "text/csv", wide.getBytes());

        assertThat(test(dialog.problems).getCellText(0, 3)).startsWith("Row 1 has a value beyond the first 200 columns");
        assertThat(dialog.confirm.isVisible()).isFalse();
        assertThat(dialog.columns.isVisible()).isFalse();
    }
}
