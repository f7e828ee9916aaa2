package org.cjengage.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
class FeedbackServiceTest {

    @Autowired FeedbackService feedback;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired org.cjengage.core.opendata.OpenDataService openData;
    @Autowired org.cjengage.core.admin.PersonalDataService personalData;

    Partnership own;
    EngagementPrincipal lead;
    EngagementPrincipal staff;
    EngagementPrincipal outsider;
    EngagementActivity activity;
    /** A fresh address per test, so the in-memory per-address limit of other tests does not apply. */
    String address;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        Partnership other = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        staff = data.user(Role.STAFF, own.id());
        outsider = data.user(Role.STRATEGY_LEAD, other.id());
        ActionPlan plan = data.plan(own.id());
        activity = data.activity(plan, "Listening event at the recovery cafe");
        address = TestData.unique("10.0.");
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    @Test
    void aLeadOpensALinkAndAnyoneWithItCanAnswerWithoutAnAccount() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        assertThat(link.open()).isTrue();
        assertThat(link.token()).matches("[A-Za-z0-9_-]{32}");

        PublicForm form = feedback.publicForm(link.token()).orElseThrow();
        assertThat(form.activityDescription()).isEqualTo("Listening event at the recovery cafe");
        assertThat(form.partnershipName()).isEqualTo(own.name());
        assertThat(form.communities()).hasSize(6);

        FeedbackService.Outcome outcome = feedback.submit(link.token(),
                Map.of("LISTENED", "4", "CHANGE", "More evening sessions", "COMMUNITY", form.communities().getFirst().code()),
                "", address);

        assertThat(outcome).isEqualTo(FeedbackService.Outcome.RECEIVED);
        var pending = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING));
        assertThat(pending).singleElement().satisfies(r -> {
            assertThat(r.answer("LISTENED").orElseThrow().score()).isEqualTo(4);
            assertThat(r.answer("CHANGE").orElseThrow().text()).isEqualTo("More evening sessions");
        });
    }

    @Test
    void nothingCountsUntilALeadAcceptsIt() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("LISTENED", "5"), null, address);
        feedback.submit(link.token(), Map.of("LISTENED", "2"), null, address);

        FeedbackSummary before = AsUser.call(lead, () -> feedback.summary(activity.id()));
        assertThat(before.respondents()).isEqualTo(Figure.exact(0));
        assertThat(before.pending()).isEqualTo(2);

        var pending = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING));
        AsUser.run(lead, () -> {
            feedback.accept(pending.get(0).id(), pending.get(0).version());
            feedback.reject(pending.get(1).id(), pending.get(1).version());
        });

        FeedbackSummary after = AsUser.call(lead, () -> feedback.summary(activity.id()));
        assertThat(after.respondents()).isEqualTo(Figure.exact(1));
        assertThat(after.pending()).isZero();
        assertThat(after.questions()).filteredOn(q -> q.code().equals("LISTENED")).singleElement()
                .satisfies(q -> assertThat(q.mean()).isEqualTo(5.0));
    }

    @Test
    void beyondThePartnershipASmallNumberOfRespondentsAndTheirMeansAreNotShown() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("LISTENED", "5"), null, address);
        var pending = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING));
        AsUser.run(lead, () -> feedback.accept(pending.getFirst().id(), pending.getFirst().version()));

        FeedbackSummary beyond = feedback.summarise(java.util.List.of(activity.id()), Audience.BEYOND, false);

        assertThat(beyond.respondents().isExact()).isFalse();
        assertThat(beyond.questions()).allSatisfy(q -> assertThat(q.mean()).isNull());
    }

    @Test
    void anAcceptedAnswerIsQuotedIntoYouSaidThroughThePlanService() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("CHANGE", "Hold it somewhere with a lift"), null, address);
        var response = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING)).getFirst();
        AsUser.run(lead, () -> feedback.accept(response.id(), response.version()));
        int version = AsUser.call(lead, () -> plans.activity(activity.id())).version();

        AsUser.call(lead, () -> feedback.quoteInYouSaid(response.id(), "CHANGE", version));

        EngagementActivity updated = AsUser.call(lead, () -> plans.activity(activity.id()));
        assertThat(updated.toDraft().voice().reviewYouSaid()).isEqualTo("\u201CHold it somewhere with a lift\u201D");
        assertThat(AsUser.call(lead, () -> plans.activityHistory(activity.id())))
                .anySatisfy(e -> assertThat(e.field()).isEqualTo("reviewYouSaid"));
    }

    @Test
    void aPendingOrRejectedAnswerCannotBeQuoted() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("CHANGE", "Not yet moderated"), null, address);
        var response = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING)).getFirst();

        assertThatThrownBy(() -> AsUser.call(lead, () -> feedback.quoteInYouSaid(response.id(), "CHANGE", 0)))
                .isInstanceOf(DomainException.class).hasMessageContaining("feedback.notQuotable");
    }

    @Test
    void theHoneypotLooksLikeSuccessButStoresNothing() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));

        var outcome = feedback.submit(link.token(), Map.of("LISTENED", "1"), "http://spam.example", address);

        assertThat(outcome).isEqualTo(FeedbackService.Outcome.DISCARDED);
        assertThat(AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING))).isEmpty();
    }

    @Test
    void oneAddressIsStoppedAfterFiveResponsesInTheWindowWhileAnotherCanStillAnswer() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        for (int i = 0; i < 5; i++) {
            feedback.submit(link.token(), Map.of("LISTENED", "3"), null, address);
        }

        assertThatThrownBy(() -> feedback.submit(link.token(), Map.of("LISTENED", "3"), null, address))
                .isInstanceOf(DomainException.class).hasMessageContaining("feedback.tooMany");
        assertThat(feedback.submit(link.token(), Map.of("LISTENED", "3"), null, address + "9"))
                .isEqualTo(FeedbackService.Outcome.RECEIVED);
        assertThat(AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING))).hasSize(6);
    }

    @Test
    void badAnswersAreRefusedWithAMessagePerFieldAndNothingIsStored() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));

        assertThatThrownBy(() -> feedback.submit(link.token(),
                Map.of("LISTENED", "9", "CHANGE", "x".repeat(1001), "COMMUNITY", "NOT_A_COMMUNITY"), null, address))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .contains("LISTENED:feedback.scoreRange", "CHANGE:validation.tooLong",
                                "COMMUNITY:feedback.unknownCommunity"));
        assertThatThrownBy(() -> feedback.submit(link.token(), Map.of("CHANGE", "a\u202Eb"), null, address))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> feedback.submit(link.token(), Map.of(), null, address))
                .isInstanceOf(ValidationException.class);
        assertThat(AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING))).isEmpty();
    }

    @Test
    void aClosedOrUnknownLinkTakesNothing() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        AsUser.call(lead, () -> feedback.close(activity.id(), link.version()));

        assertThat(feedback.publicForm(link.token())).isEmpty();
        assertThat(feedback.publicForm("no-such-token-at-all-here")).isEmpty();
        assertThatThrownBy(() -> feedback.submit(link.token(), Map.of("LISTENED", "3"), null, address))
                .isInstanceOf(DomainException.class).hasMessageContaining("feedback.unavailable");

        FeedbackLink reopened = AsUser.call(lead, () -> feedback.open(activity.id()));
        assertThat(reopened.token()).isEqualTo(link.token());
        assertThat(feedback.publicForm(link.token())).isPresent();
    }

    @Test
    void onlyLeadsOfThePartnershipOpenLinksAndModerate() {
        assertThatThrownBy(() -> AsUser.call(staff, () -> feedback.open(activity.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(outsider, () -> feedback.open(activity.id())))
                .isInstanceOf(NotPermittedException.class);
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("LISTENED", "3"), null, address);
        assertThatThrownBy(() -> AsUser.call(staff, () -> feedback.responses(activity.id(), ResponseStatus.PENDING)))
                .isInstanceOf(NotPermittedException.class);
        var response = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING)).getFirst();
        assertThatThrownBy(() -> AsUser.run(outsider, () -> feedback.accept(response.id(), response.version())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(outsider, () -> feedback.summary(activity.id())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void acceptedResponsesTravelInOpenDataAndArriveAcceptedWhileOthersStayBehind() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("LISTENED", "5", "CHANGE", "Closer to the bus station"), null, address);
        feedback.submit(link.token(), Map.of("LISTENED", "1"), null, address);
        var pending = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING));
        AsUser.run(lead, () -> feedback.accept(pending.get(0).id(), pending.get(0).version()));
        EngagementPrincipal nationalAdmin = data.user(Role.ADMIN, null);

        byte[] file = AsUser.call(lead, () -> openData.exportJson(own.id()));
        var result = AsUser.call(nationalAdmin, () -> openData.importJson(file,
                new org.cjengage.core.opendata.ImportTarget.NewPartnership(TestData.unique("FB"), "Copy", null)));

        EngagementPrincipal copyLead = data.user(Role.STRATEGY_LEAD, result.partnershipId());
        long copied = AsUser.call(copyLead, () -> plans.plansOf(result.partnershipId()).stream()
                .flatMap(p -> plans.activities(p.id(), 0, 10).stream()).findFirst().orElseThrow().id());
        var arrived = AsUser.call(copyLead, () -> feedback.responses(copied, ResponseStatus.ACCEPTED));
        assertThat(arrived).singleElement().satisfies(r -> {
            assertThat(r.answer("LISTENED").orElseThrow().score()).isEqualTo(5);
            assertThat(r.answer("CHANGE").orElseThrow().text()).isEqualTo("Closer to the bus station");
        });
        assertThat(AsUser.call(copyLead, () -> feedback.responses(copied, ResponseStatus.PENDING))).isEmpty();
    }

    @Test
    void aModeratorsDecisionsAppearInTheirPersonalDataExport() {
        FeedbackLink link = AsUser.call(lead, () -> feedback.open(activity.id()));
        feedback.submit(link.token(), Map.of("LISTENED", "5"), null, address);
        var response = AsUser.call(lead, () -> feedback.responses(activity.id(), ResponseStatus.PENDING)).getFirst();
        AsUser.run(lead, () -> feedback.reject(response.id(), response.version()));

        EngagementPrincipal admin = data.user(Role.ADMIN, own.id());
        String export = new String(AsUser.call(admin, () -> personalData.export(lead.userId())),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(export).contains("feedbackModeration").contains("REJECTED");
    }
}
