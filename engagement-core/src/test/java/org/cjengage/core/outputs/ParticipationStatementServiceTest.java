package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
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
class ParticipationStatementServiceTest {

    @Autowired ParticipationStatementService statements;
    @Autowired OutputExportService exports;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired MeterRegistry meters;
    @Autowired java.time.Clock clock;

    Partnership own;
    ActionPlan plan;
    EngagementPrincipal lead;

    @BeforeEach
    void givenAPlanWithActivities() {
        own = data.partnership();
        plan = data.plan(own.id());
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        AsUser.run(lead, () -> {
            plans.createActivity(plan.id(), ActivityDraft.of("Forum with local charities", "ENGAGE", Set.of("THIRD_SECTOR")));
            plans.createActivity(plan.id(), ActivityDraft.of("Survey of victims", "CONSULT", Set.of("VICTIMS")));
        });
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private StatementDraft.StatementContent content(String title, String body) {
        return new StatementDraft.StatementContent(title, List.of(new StatementSection("About this statement", body)));
    }

    @Test
    void aNewDraftIsWrittenFromThePlanWithoutSavingAnything() {
        StatementDraft draft = AsUser.call(lead, () -> statements.draft(plan.id()));

        assertThat(draft.version()).isNull();
        assertThat(draft.title()).isEqualTo("Participation statement: " + plan.title());
        assertThat(draft.sections().get(1).body()).startsWith("We recorded {activities}, reaching {communities}.");
    }

    @Test
    void figuresInTheDraftsTextFollowTheActivitiesAndAnUnpublishedPreviewIsLabelledDraft() throws IOException {
        // Given a saved draft whose text names the figures by placeholder, written when the plan had 2 activities
        StatementDraft saved = AsUser.call(lead, () -> statements.saveDraft(plan.id(), null,
                content("Live statement", "We recorded {activities} for {plan}.")));

        // When a third activity is recorded
        AsUser.run(lead, () -> plans.createActivity(plan.id(), ActivityDraft.of("Drop-in", "INFORM", Set.of("VICTIMS"))));
        OutputDocument preview = AsUser.call(lead, () -> statements.preview(plan.id()));

        // Then the text says 3, like the tables, and the preview is a draft, not "Published <today>"
        assertThat(preview.plainText()).contains("We recorded 3 engagement activities for " + plan.title() + ".")
                .contains("3 recorded activities involved").doesNotContain("{activities}");
        assertThat(preview.dated()).isEqualTo(OutputDocument.Dated.DRAFT);
        byte[] pdf = AsUser.call(lead, () -> exports.statementPreview(plan.id(), OutputFormat.PDF));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Draft, not published").doesNotContain("Published");
        }
        assertThat(AsUser.call(lead, () -> statements.draft(plan.id())).sections().getFirst().body())
                .isEqualTo("We recorded {activities} for {plan}.");

        // And a published version is dated as published, with the figures of the day it was published
        PublishedStatement published = AsUser.call(lead, () -> statements.publish(plan.id(), saved.version()));
        OutputDocument frozen = AsUser.call(lead, () -> statements.versionDocument(published.id()));
        assertThat(frozen.dated()).isEqualTo(OutputDocument.Dated.PUBLISHED);
        assertThat(frozen.plainText()).contains("We recorded 3 engagement activities");
    }

    @Test
    void theLeadSavesEditsPublishesAndEveryPublishedVersionIsKeptUnchanged() throws IOException {
        double before = meters.counter("outputs.published", "type", "participation-statement").count();
        StatementDraft saved = AsUser.call(lead, () -> statements.saveDraft(plan.id(), null,
                content("Our statement", "First text.")));
        PublishedStatement first = AsUser.call(lead, () -> statements.publish(plan.id(), saved.version()));

        StatementDraft edited = AsUser.call(lead, () -> statements.saveDraft(plan.id(), saved.version(),
                content("Our statement, revised", "Second text.")));
        PublishedStatement second = AsUser.call(lead, () -> statements.publish(plan.id(), edited.version()));

        EngagementPrincipal partner = data.user(Role.PARTNER, own.id());
        List<PublishedStatement> versions = AsUser.call(partner, () -> statements.versions(plan.id()));
        assertThat(versions).extracting(PublishedStatement::number).containsExactly(2, 1);
        assertThat(first.publishedOn()).isEqualTo(LocalDate.now(clock));
        OutputDocument firstDoc = AsUser.call(partner, () -> statements.versionDocument(first.id()));
        assertThat(firstDoc.title()).isEqualTo("Our statement");
        assertThat(firstDoc.plainText()).contains("First text.").doesNotContain("Second text.")
                .contains("Third sector organisations | 1");
        assertThat(AsUser.call(partner, () -> statements.versionDocument(second.id())).plainText()).contains("Second text.");
        assertThat(meters.counter("outputs.published", "type", "participation-statement").count()).isEqualTo(before + 2);

        byte[] pdf = AsUser.call(partner, () -> exports.publishedStatement(first.id(), OutputFormat.PDF));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Our statement", "Who we engaged", "First text.");
        }
    }

    @Test
    void theSecondOfTwoConcurrentDraftEditsGetsAConflictAndTheFirstIsKept() {
        StatementDraft saved = AsUser.call(lead, () -> statements.saveDraft(plan.id(), null, content("T", "Original")));
        AsUser.call(lead, () -> statements.saveDraft(plan.id(), saved.version(), content("T", "First editor")));

        assertThatThrownBy(() -> AsUser.call(lead, () -> statements.saveDraft(plan.id(), saved.version(),
                content("T", "Second editor")))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> AsUser.call(lead, () -> statements.publish(plan.id(), saved.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(lead, () -> statements.draft(plan.id())).sections().getFirst().body()).isEqualTo("First editor");
    }

    @Test
    void aDraftWithoutTitleOrWithAnEmptyHeadingIsRefusedAndNothingIsSaved() {
        var bad = new StatementDraft.StatementContent(" ", List.of(new StatementSection("", "text")));

        assertThatThrownBy(() -> AsUser.call(lead, () -> statements.saveDraft(plan.id(), null, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("title", "sections[0].heading"));
        assertThat(AsUser.call(lead, () -> statements.draft(plan.id())).version()).isNull();
    }

    @Test
    void thePagesOneReadHoldsThePlanTheDraftTheVersionsAndThePreviewAsEachReadAlone() {
        // Given a saved and published draft, then a newer draft
        StatementDraft saved = AsUser.call(lead, () -> statements.saveDraft(plan.id(), null, content("T", "First")));
        AsUser.call(lead, () -> statements.publish(plan.id(), saved.version()));
        AsUser.call(lead, () -> statements.saveDraft(plan.id(), saved.version(), content("T", "Second")));
        EngagementPrincipal partner = data.user(Role.PARTNER, own.id());

        // When a partner reads the statement page of the partnership's current plan, with and without the preview
        var page = AsUser.call(partner, () -> statements.page(org.cjengage.core.plan.PlanScope.CURRENT, own.id(), true));
        var withoutPreview = AsUser.call(partner, () -> statements.page(
                org.cjengage.core.plan.PlanScope.of(plan.id()), null, false));

        // Then it is what the draft, versions and preview read alone
        assertThat(page.plans().plan().id()).isEqualTo(plan.id());
        assertThat(page.draft()).isEqualTo(AsUser.call(partner, () -> statements.draft(plan.id())));
        assertThat(page.draft().sections().getFirst().body()).isEqualTo("Second");
        assertThat(page.versions()).isEqualTo(AsUser.call(partner, () -> statements.versions(plan.id())));
        assertThat(page.preview()).isEqualTo(AsUser.call(partner, () -> statements.preview(plan.id())));
        assertThat(page.preview().plainText()).contains("Second").contains("Third sector organisations | 1");
        assertThat(withoutPreview.preview()).isNull();
        assertThat(withoutPreview.draft()).isEqualTo(page.draft());
        // and another partnership's lead gets nothing of it
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());
        assertThatThrownBy(() -> AsUser.call(stranger, () -> statements.page(
                org.cjengage.core.plan.PlanScope.of(plan.id()), null, true))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> statements.page(
                org.cjengage.core.plan.PlanScope.CURRENT, own.id(), true))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void partnersAndStaffReadButCannotEditOrPublish() {
        StatementDraft saved = AsUser.call(lead, () -> statements.saveDraft(plan.id(), null, content("T", "x")));
        for (Role role : Set.of(Role.PARTNER, Role.STAFF)) {
            EngagementPrincipal user = data.user(role, own.id());
            assertThat(AsUser.call(user, () -> statements.draft(plan.id())).title()).isEqualTo("T");
            assertThatThrownBy(() -> AsUser.call(user, () -> statements.saveDraft(plan.id(), saved.version(),
                    content("T", "changed")))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> AsUser.call(user, () -> statements.publish(plan.id(), saved.version())))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void anotherPartnershipCanNeitherReadNorPublishNorDownload() {
        StatementDraft saved = AsUser.call(lead, () -> statements.saveDraft(plan.id(), null, content("T", "x")));
        PublishedStatement published = AsUser.call(lead, () -> statements.publish(plan.id(), saved.version()));
        Partnership other = data.partnership();
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, other.id());

        assertThatThrownBy(() -> AsUser.call(stranger, () -> statements.draft(plan.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> statements.versionDocument(published.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> exports.publishedStatement(published.id(), OutputFormat.DOCX)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> statements.publish(plan.id(), saved.version())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> statements.versions(plan.id())).isInstanceOf(NotPermittedException.class);
    }
}
