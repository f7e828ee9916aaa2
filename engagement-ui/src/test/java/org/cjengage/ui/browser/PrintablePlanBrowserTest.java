package org.cjengage.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.PdfPages;
import org.cjengage.core.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The printable plan as Chromium prints it (print media, the page's own CSS page size): A4 landscape, every
 * piece of text on its page, the header row repeated on each page, and a short plan on few pages.
 */
class PrintablePlanBrowserTest extends BrowserTest {

    @Autowired TestData data;
    @Autowired ActivityRepository activities;

    @Test
    void aPlanOfTwoHundredLongActivitiesPrintsOnA4LandscapeWithNothingOffThePageAndTheHeaderOnEveryPage() {
        EngagementPrincipal lead = planWith(210);
        signIn(lead.username(), TestData.PASSWORD);

        PdfPages pdf = print();

        assertThat(pdf.outside()).as("text outside the page").isEmpty();
        assertThat(pdf.pages()).hasSizeGreaterThan(5).allSatisfy(p -> {
            assertThat(p.landscape()).isTrue();
            assertThat(p.width()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(p.height()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1.5f));
        });
        String text = pdf.text().replaceAll("\\s+", " ");
        int headers = text.split("Planned end", -1).length - 1;
        assertThat(headers).as("header row on every page").isGreaterThanOrEqualTo(pdf.pages().size());
        assertThat(text).contains("Activity 209:");
    }

    @Test
    void aPlanOfThirteenActivitiesTakesAtMostThreePages() {
        EngagementPrincipal lead = planWith(13);
        signIn(lead.username(), TestData.PASSWORD);

        PdfPages pdf = print();

        assertThat(pdf.outside()).isEmpty();
        assertThat(pdf.pages()).hasSizeLessThanOrEqualTo(3);
    }

    private ActionPlan plan;

    private EngagementPrincipal planWith(int count) {
        Partnership partnership = data.partnership();
        plan = data.plan(partnership.id());
        for (int i = 0; i < count; i++) {
            LocalDate start = LocalDate.of(2026, 4, 1).plusDays(i);
            activities.save(EngagementActivity.create(plan, new ActivityDraft("Activity " + i + ": evening workshops"
                    + " with families, carers and people leaving custody in every town of the area, to shape the"
                    + " housing pathway together (Supercalifragilisticexpialidociousunbrokenword" + i + ")",
                    List.of("INFORM", "CONSULT", "ENGAGE").get(i % 3),
                    Set.of("PEOPLE_WITH_CONVICTIONS", "COMMUNITIES_OF_INTEREST"), Set.of(),
                    PlanStatus.values()[i % PlanStatus.values().length],
                    "Community justice coordinator with the third sector forum chair",
                    Set.of(new ActivityPurpose("DECISION_MAKING", "People with lived experience of custody",
                            "Every locality", "How the housing pathway is designed and funded", null)),
                    Set.of("FACE_TO_FACE", "QUESTIONNAIRE", "PARTICIPATORY_BUDGETING"), "DELIVER", start,
                    start.plusMonths(3), null, null)));
        }
        return data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    private PdfPages print() {
        page.navigate(url("plans/" + plan.id() + "/print"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("table.cje-plan").waitFor();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve("printable-plan-" + plan.id() + ".pdf"), pdf); // to render with pdftoppm and look
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PdfPages.read(pdf);
    }
}
