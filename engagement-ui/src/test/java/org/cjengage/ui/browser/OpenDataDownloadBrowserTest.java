package org.cjengage.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import com.microsoft.playwright.Download;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member downloads the partnership's open-data file from the Open data page (the file is streamed, issue 16). */
class OpenDataDownloadBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PlanService plans;

    @Test
    void aLeadDownloadsTheOpenDataFileWithThePartnershipsPlanAndActivities() throws IOException {
        // Given a partnership with a plan of one activity
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> plans.createActivity(plan.id(),
                ActivityDraft.of("Forum with \"local\" charities", "ENGAGE", Set.of("THIRD_SECTOR"))));

        // When its strategy lead follows the download link on the Open data page
        signIn(lead.username(), TestData.PASSWORD);
        page.navigate(url("open-data"));
        Download download = page.waitForDownload(() -> page.getByText("Download open data (JSON)").click());

        // Then the browser saves the partnership's file, which reads as the documented format
        byte[] file = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).endsWith(".json");
        JsonNode tree = JsonMapper.builder().build().readTree(file);
        assertThat(tree.get("schemaVersion").asString()).isEqualTo("1.2");
        assertThat(tree.get("partnership").get("code").asString()).isEqualTo(partnership.code());
        assertThat(tree.get("plans").get(0).get("title").asString()).isEqualTo(plan.title());
        assertThat(tree.get("plans").get(0).get("activities").get(0).get("description").asString())
                .isEqualTo("Forum with \"local\" charities");
    }
}
