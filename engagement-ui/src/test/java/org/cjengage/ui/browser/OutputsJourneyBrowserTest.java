package org.cjengage.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cjengage.core.outputs.PartnershipPage;
import org.cjengage.core.outputs.PartnershipPageService;
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

class OutputsJourneyBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired PartnershipPageService pages;

    @Test
    void aLeadPublishesTheParticipationStatementAndDownloadsItAsAnAccessiblePdf() throws IOException {
        Partnership partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> plans.createActivity(plan.id(),
                ActivityDraft.of("Forum with local charities", "ENGAGE", Set.of("THIRD_SECTOR"))));

        signIn(lead.username(), TestData.PASSWORD);
        page.navigate(url("statement?plan=" + plan.id()));
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Glen participation statement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).first().click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Publish").setExact(true)).click();
        assertThat(page.getByText("Version 1, published")).isVisible();
        screenshot("statement-published");

        Download download = page.waitForDownload(() -> page.getByText("Download PDF (accessible)").click());

        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Glen participation statement", "Who we engaged", "Third sector organisations");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void thePublicSeesThePartnershipPageWithoutSigningInOnlyWhenPublished() {
        Partnership partnership = data.partnership();
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        PartnershipPage draft = AsUser.call(lead, () -> pages.save(partnership.id(), null, new PartnershipPage.Content(
                "Morag Example", "morag@example.org", null, "Come to the forum.", null, null, false)));

        page.navigate(url("p/" + partnership.code()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not available"))).isVisible();

        AsUser.call(lead, () -> pages.save(partnership.id(), draft.version(), new PartnershipPage.Content(
                "Morag Example", "morag@example.org", null, "Come to the forum.", null, null, true)));
        page.navigate(url("p/" + partnership.code()));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(partnership.name()))).isVisible();
        assertThat(page.getByText("Come to the forum.")).isVisible();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }
}
