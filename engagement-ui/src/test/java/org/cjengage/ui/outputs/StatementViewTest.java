package org.cjengage.ui.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.outputs.ParticipationStatementService;
import org.cjengage.core.outputs.PublishedStatement;
import org.cjengage.core.outputs.StatementDraft;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
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
class StatementViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired ParticipationStatementService statements;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    Partnership partnership;
    ActionPlan plan;
    EngagementPrincipal lead;

    @BeforeEach
    void givenAPlanWithAnActivity() {
        partnership = data.partnership();
        plan = data.plan(partnership.id());
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        AsUser.run(lead, () -> plans.createActivity(plan.id(),
                ActivityDraft.of("Forum with local charities", "ENGAGE", Set.of("THIRD_SECTOR"))));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private StatementView open(EngagementPrincipal user) {
        AsUser.signIn(user);
        UI.getCurrent().navigate(StatementView.class, QueryParameters.of("plan", String.valueOf(plan.id())));
        return (StatementView) getCurrentView();
    }

    @Test
    void theLeadEditsTheDraftAndPublishesAVersionThatIsThenShown() {
        StatementView view = open(lead);
        assertThat(view.document.getElement().getTextRecursively()).contains("Who we engaged", "Third sector organisations");

        test(view.form.title).setValue("Glen statement 2026");
        test(view.form.sections.getFirst().body).setValue("We listened to <people>.");
        test(view.form.publish).click();
        test($(ConfirmDialog.class).single()).confirm();

        PublishedStatement published = AsUser.call(lead, () -> statements.versions(plan.id())).getFirst();
        assertThat(published.title()).isEqualTo("Glen statement 2026");
        StatementView shown = (StatementView) getCurrentView();
        assertThat(test(shown.versions).size()).isEqualTo(1);
        assertThat(shown.document.getElement().getTextRecursively()).contains("We listened to <people>.");
        assertThat(shown.downloads.getChildren().count()).isEqualTo(2);
    }

    @Test
    void aPartnerSeesVersionsButNoEditor() {
        StatementView view = open(data.user(Role.PARTNER, partnership.id()));

        assertThat(view.form.isVisible() && view.form.getParent().map(p -> p.isVisible()).orElse(false)).isFalse();
        assertThat(view.document.getElement().getTextRecursively()).contains("Participation statement");
    }

    @Test
    void anEmptySectionHeadingIsMarkedAndNothingIsSaved() {
        StatementView view = open(lead);
        test(view.form.sections.getFirst().heading).setValue("");
        test(view.form.save).click();

        assertThat(view.form.sections.getFirst().heading.isInvalid()).isTrue();
        assertThat(view.form.sections.getFirst().heading.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(AsUser.call(lead, () -> statements.draft(plan.id())).version()).isNull();
    }

    @Test
    void aProblemIsMarkedOnTheRightSectionAfterAnEarlierSectionIsRemoved() {
        StatementView view = open(lead);
        var first = view.form.sections.get(0);
        var second = view.form.sections.get(1);
        test(first.heading).setValue("");
        test(second.body).setValue("invoice\u202Etxt.exe");
        test(view.form.save).click();
        assertThat(first.heading.getErrorMessage()).isEqualTo("This field is required.");

        test(first.remove).click();
        test(view.form.save).click();

        assertThat(second.body.isInvalid()).isTrue();
        assertThat(second.body.getErrorMessage()).contains("invisible control or text-direction characters");
        assertThat(view.form.title.isInvalid()).isFalse();
        assertThat(AsUser.call(lead, () -> statements.draft(plan.id())).version()).isNull();
    }

    @Test
    void tooManySectionsAreReportedInANotificationAndNothingIsSaved() {
        StatementView view = open(lead);
        while (view.form.sections.size() <= StatementDraft.SECTIONS_MAX) {
            test(view.form.addSection).click();
        }
        view.form.sections.forEach(s -> test(s.heading).setValue("Heading"));

        test(view.form.save).click();

        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("At most 30 entries."));
        assertThat(view.form.title.isInvalid()).isFalse();
        assertThat(AsUser.call(lead, () -> statements.draft(plan.id())).version()).isNull();
    }

    @Test
    void aStrangerOpeningThePlanByUrlIsRefused() {
        AsUser.signIn(data.user(Role.STRATEGY_LEAD, data.partnership().id()));
        UI.getCurrent().navigate(StatementView.class, QueryParameters.simple(Map.of("plan", String.valueOf(plan.id()))));

        assertThat(getCurrentView()).isNotInstanceOf(StatementView.class);
    }

    @Test
    void downloadingThePreviewAsPdfAndDocxRendersTheStatementShownWithoutBuildingItAgain() {
        io.micrometer.core.instrument.Timer builds = meters.timer("outputs.build", "type", "participation-statement");
        long before = builds.count();

        StatementView view = open(lead);
        java.util.List<com.vaadin.flow.component.html.Anchor> links = view.downloads.getChildren()
                .map(com.vaadin.flow.component.html.Anchor.class::cast).toList();
        byte[] pdf = Downloads.content(links.get(0));
        byte[] docx = Downloads.content(links.get(1));

        assertThat(builds.count() - before).as("one build for the page and both files").isEqualTo(1);
        assertThat(org.cjengage.core.testsupport.PdfPages.read(pdf).text()).contains("Who we engaged",
                "Third sector organisations");
        assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
