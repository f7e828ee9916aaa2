package org.cjengage.ui.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;

import org.cjengage.app.EngagementApplication;
import org.cjengage.core.outputs.PartnershipPage;
import org.cjengage.core.outputs.PartnershipPageService;
import org.cjengage.core.partnership.Partnership;
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
class PublicPartnershipViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired PartnershipPageService pages;
    @Autowired org.cjengage.core.plan.ActivityRepository activities;
    @Autowired org.cjengage.core.outputs.ParticipationStatementService statements;

    Partnership partnership;
    EngagementPrincipal lead;

    @BeforeEach
    void givenAPartnershipWithAnInformationPage() {
        partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private PartnershipPage save(Integer version, boolean published) {
        return AsUser.call(lead, () -> pages.save(partnership.id(), version, new PartnershipPage.Content(
                "Morag <b>Example</b>", "morag@example.org", null, "Join the forum.", "https://example.org/plan",
                null, published)));
    }

    private String visibleText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void anAnonymousVisitorSeesNothingUntilThePageIsPublished() {
        PartnershipPage unpublished = save(null, false);
        AsUser.signOut();

        UI.getCurrent().navigate("p/" + partnership.code());
        assertThat($(H1.class).single().getText()).isEqualTo("Page not available");
        assertThat(visibleText()).doesNotContain("Morag").doesNotContain(partnership.name());

        save(unpublished.version(), true);
        AsUser.signOut();
        UI.getCurrent().navigate("p/" + partnership.code());

        assertThat($(H1.class).single().getText()).isEqualTo(partnership.name());
        assertThat(visibleText()).contains("Coordinator: Morag <b>Example</b>").contains("Join the forum.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("mailto:morag@example.org", "https://example.org/plan");
    }

    @Test
    void thePublicSeesActivitiesExactlyAndASmallNumberOfPeopleAsFewerThanTheThreshold() {
        org.cjengage.core.plan.ActionPlan plan = data.plan(partnership.id());
        activities.save(org.cjengage.core.plan.EngagementActivity.create(plan,
                org.cjengage.core.plan.ActivityDraft.of("Survey", "CONSULT", java.util.Set.of("VICTIMS"))
                        .withVoice(org.cjengage.core.plan.VoiceCycle.of(java.util.Map.of(), 3))));
        data.activity(plan, "Forum");
        AsUser.run(lead, () -> {
            var draft = statements.draft(plan.id());
            var saved = statements.saveDraft(plan.id(), null,
                    new org.cjengage.core.outputs.StatementDraft.StatementContent(draft.title(), draft.sections()));
            statements.publish(plan.id(), saved.version());
        });
        save(null, true);
        AsUser.signOut();

        UI.getCurrent().navigate("p/" + partnership.code());

        assertThat(visibleText()).contains("Engagement at a glance", "Engagement activities in the plan: 2",
                "People who took part: <5", "a number of people from 1 to 4 is shown as \"<5\"");
    }

    @Test
    void anUnknownCodeShowsTheSameNotice() {
        UI.getCurrent().navigate("p/NO-SUCH-PARTNERSHIP");

        assertThat($(H1.class).single().getText()).isEqualTo("Page not available");
    }

    @Test
    void aPartnerSeesTheEditorReadOnlyAndALeadSavesThroughIt() {
        AsUser.signIn(data.user(Role.PARTNER, partnership.id()));
        PartnershipPageView view = navigate(PartnershipPageView.class);
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.coordinatorName.isReadOnly()).isTrue();

        AsUser.signIn(lead);
        view = navigate(PartnershipPageView.class);
        test(view.form.coordinatorName).setValue("Morag Example");
        test(view.form.coordinatorEmail).setValue("morag@example.org");
        test(view.form.published).click();
        test(view.form.save).click();

        assertThat(pages.publicPage(partnership.code())).isPresent();
    }

    @Test
    void aBadWebAddressIsMarkedOnItsFieldAndNothingIsSaved() {
        AsUser.signIn(lead);
        PartnershipPageView view = navigate(PartnershipPageView.class);
        test(view.form.planUrl).setValue("javascript:alert(1)");
        test(view.form.save).click();

        assertThat(view.form.planUrl.isInvalid()).isTrue();
        assertThat(view.form.planUrl.getErrorMessage()).startsWith("Enter a full web address");
        assertThat(AsUser.call(lead, () -> pages.page(partnership.id())).version()).isNull();
    }

    @Test
    void aMissingContactMarkedOnTheEmailIsClearedOnTheNextAttemptWhenAPhoneNumberIsGiven() {
        AsUser.signIn(lead);
        PartnershipPageView view = navigate(PartnershipPageView.class);
        test(view.form.coordinatorName).setValue("Morag Example");
        test(view.form.published).click();
        test(view.form.save).click();
        assertThat(view.form.coordinatorEmail.isInvalid()).isTrue();
        assertThat(view.form.coordinatorEmail.getErrorMessage())
                .isEqualTo("A published page needs the coordinator's email address or phone number.");

        test(view.form.coordinatorPhone).setValue("01234 567890");
        test(view.form.planUrl).setValue("www.example.org");
        test(view.form.save).click();

        assertThat(view.form.coordinatorEmail.isInvalid()).as("a phone number is given now").isFalse();
        assertThat(view.form.planUrl.isInvalid()).isTrue();
        assertThat(AsUser.call(lead, () -> pages.page(partnership.id())).version()).isNull();
    }
}
