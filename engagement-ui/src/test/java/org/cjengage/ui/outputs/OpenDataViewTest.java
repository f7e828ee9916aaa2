package org.cjengage.ui.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EngagementApplication.class)
@ViewPackages(packages = "org.cjengage.ui")
class OpenDataViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    /** Stands in for the upload (browserless tests cannot send a file): what the upload callback stores. */
    private static void chooseFile(OpenDataView view, String json) throws ReflectiveOperationException {
        Field file = OpenDataView.class.getDeclaredField("file");
        file.setAccessible(true);
        file.set(view, json.getBytes(StandardCharsets.UTF_8));
        view.importButton.setEnabled(true);
    }

    @Test
    void aRefusedImportListsEachProblemWithItsPlaceAndImportsNothing() throws Exception {
        Partnership empty = data.partnership();
        EngagementPrincipal admin = data.user(Role.ADMIN, empty.id());
        AsUser.signIn(admin);
        OpenDataView view = navigate(OpenDataView.class);
        chooseFile(view, """
                {"schema":"https://cjengage.org/schemas/open-data/v1.schema.json","schemaVersion":"1.0",
                 "exportedAt":"2026-12-06T09:00:00Z","partnership":{"code":"P","name":"P"},"plans":[{"ref":"plan-1","title":"Imported","periodStart":"2025-04-01",
                 "periodEnd":"2028-03-31","activities":[{"ref":"activity-1","description":"Ok","level":"INFORM","status":"COMPLETE"},
                 {"ref":"activity-2","description":"","level":"SHOUT","status":"DONE"}]}]}""");

        test(view.importButton).click();

        assertThat(view.problems.isVisible()).isTrue();
        var grid = test(view.problems);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).startsWith("plans[0].activities[1].");
        assertThat(AsUser.call(admin, () -> plans.plansOf(empty.id()))).isEmpty();
    }

    @Test
    void aValidFileIsImportedIntoTheEmptyPartnership() throws Exception {
        Partnership empty = data.partnership();
        EngagementPrincipal admin = data.user(Role.ADMIN, empty.id());
        AsUser.signIn(admin);
        OpenDataView view = navigate(OpenDataView.class);
        chooseFile(view, """
                {"schema":"https://cjengage.org/schemas/open-data/v1.schema.json","schemaVersion":"1.0",
                 "exportedAt":"2026-12-06T09:00:00Z","partnership":{"code":"P","name":"P"},"plans":[{"ref":"plan-1","title":"Imported","periodStart":"2025-04-01",
                 "periodEnd":"2028-03-31","activities":[{"ref":"activity-1","description":"Ok","level":"INFORM","status":"COMPLETE"}]}]}""");

        test(view.importButton).click();

        assertThat(view.problems.isVisible()).isFalse();
        assertThat(AsUser.call(admin, () -> plans.plansOf(empty.id()))).extracting(p -> p.title()).containsExactly("Imported");
    }

    @Test
    void aStrategyLeadCanExportButSeesNoImport() {
        Partnership partnership = data.partnership();
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, partnership.id()));
        OpenDataView view = navigate(OpenDataView.class);

        assertThat(view.importArea.isVisible()).isFalse();
        assertThat(view.exportArea.getElement().getTextRecursively()).contains("Download open data (JSON)");
    }

    @Test
    void aStrategyLeadDownloadsThePartnershipsFileFromTheLink() {
        // Given a partnership with a plan and an activity, and its strategy lead on the page
        Partnership partnership = data.partnership();
        var plan = data.plan(partnership.id());
        data.activity(plan, "Forum in the library");
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, partnership.id()));
        OpenDataView view = navigate(OpenDataView.class);
        com.vaadin.flow.component.html.Anchor link = view.exportArea.getChildren()
                .filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(com.vaadin.flow.component.html.Anchor.class::cast).findFirst().orElseThrow();

        // When the link's file is made (the supplier its download handler calls)
        byte[] file = Downloads.content(link);

        // Then it is the partnership's open-data file, indented as the documented format
        String json = new String(file, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"schema\" : \"https://cjengage.org/schemas/open-data/v1.schema.json\"");
        tools.jackson.databind.JsonNode tree = new tools.jackson.databind.ObjectMapper().readTree(file);
        assertThat(tree.get("partnership").get("code").asString()).isEqualTo(partnership.code());
        assertThat(tree.get("plans").get(0).get("activities").get(0).get("description").asString())
                .isEqualTo("Forum in the library");
    }
}
