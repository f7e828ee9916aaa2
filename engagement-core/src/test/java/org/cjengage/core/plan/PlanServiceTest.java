package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
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
class PlanServiceTest {

    @Autowired PlanService service;
    @Autowired TestData data;

    Partnership own;
    Partnership other;
    ActionPlan plan;
    ActionPlan otherPlan;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        other = data.partnership();
        plan = data.plan(own.id());
        otherPlan = data.plan(other.id());
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    @Test
    void aStrategyLeadAddsAnActivityThatStaffInTheSamePartnershipCanRead() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        EngagementActivity created = AsUser.call(lead, () -> service.createActivity(plan.id(),
                ActivityDraft.of("Drop-in session", "CONSULT", Set.of("AFFECTED_COMMUNITIES"))));

        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        var listed = AsUser.call(staff, () -> service.activities(plan.id(), 0, 50));

        assertThat(listed).extracting(EngagementActivity::description).containsExactly("Drop-in session");
        assertThat(created.version()).isZero();
    }

    @Autowired ActivityRepository repository;

    @Test
    void anActivityIsReadWithEveryColumnCollectionAndVoiceTextAsTheRepositoryReadsIt() {
        // Given an activity with every column, two of each collection, purposes with their details and VOiCE texts
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 2);
        EngagementActivity created = AsUser.call(lead, () -> service.createActivity(plan.id(), new ActivityDraft(
                "Drop-in, with \"quotes\"", "ENGAGE", Set.of("VICTIMS", "THIRD_SECTOR"), Set.of("AGE", "HOUSING"),
                PlanStatus.IN_PROGRESS, "Ann Lead", Set.of(new ActivityPurpose("PARTICIPATION", "Victims", "Hall", null,
                        null), new ActivityPurpose("KNOWLEDGE", "Families, carers", null, null, null)),
                Set.of("QUESTIONNAIRE", "PUBLIC_MEETING"), "DELIVER", day, day.plusDays(9), day.plusDays(1), null,
                new VoiceCycle("Issue", null, null, "Barriers", null, null, null, null, "Twelve came", null, 12, null,
                        "You said", "We did"))));
        EngagementActivity bare = data.activity(plan, "Nothing else");

        // When it is read through the service
        EngagementActivity read = AsUser.call(lead, () -> service.activity(created.id()));

        // Then it is the aggregate the repository reads, field for field, and so is one with empty collections
        assertThat(read).isEqualTo(repository.findById(created.id()).orElseThrow());
        assertThat(read.purposes()).hasSize(2);
        assertThat(read.methods()).hasSize(2);
        assertThat(AsUser.call(lead, () -> service.activity(bare.id())))
                .isEqualTo(repository.findById(bare.id()).orElseThrow());
        ActivityInPlan inPlan = AsUser.call(lead, () -> service.activityInPlan(created.id()));
        assertThat(inPlan.activity()).isEqualTo(read);
        assertThat(inPlan.plan().id()).isEqualTo(plan.id());
    }

    @Test
    void aSaveWritesEveryColumnAndOnlyTheChangedCollectionsAndAStaleVersionChangesNothing() {
        // Given an activity with every collection
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 2);
        EngagementActivity created = AsUser.call(lead, () -> service.createActivity(plan.id(), new ActivityDraft(
                "Drop-in", "ENGAGE", Set.of("VICTIMS"), Set.of("AGE"), PlanStatus.NOT_STARTED, "Ann",
                Set.of(new ActivityPurpose("PARTICIPATION", "Victims", null, null, null)), Set.of("QUESTIONNAIRE"),
                "PLAN", day, day.plusDays(9), null, null, null)));

        // When the lead changes every column, the communities and the purposes (tags and methods as they were)
        ActivityDraft changed = new ActivityDraft("Drop-in, moved", "CONSULT", Set.of("THIRD_SECTOR", "VICTIMS"),
                Set.of("AGE"), PlanStatus.COMPLETE, "Bea", Set.of(new ActivityPurpose("KNOWLEDGE", "Families", null, null,
                null)), Set.of("QUESTIONNAIRE"), "DELIVER", day.plusDays(1), day.plusDays(10), day.plusDays(2),
                day.plusDays(3), new VoiceCycle("Issue", "Affected", "Involved", "Barriers", "Outcomes", "Indicators",
                "Resources", "Timescale", "Happened", "Who", 7, "Lessons", "You said", "We did"));
        EngagementActivity saved = AsUser.call(lead, () -> service.updateActivity(created.id(), created.version(),
                changed));

        // Then it reads back as saved, whole, one version on; the same from the repository
        EngagementActivity read = AsUser.call(lead, () -> service.activity(created.id()));
        assertThat(saved.version()).isEqualTo(created.version() + 1);
        assertThat(read).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(saved);
        assertThat(read.toDraft()).isEqualTo(changed);
        assertThat(read.createdAt()).isEqualTo(repository.findById(created.id()).orElseThrow().createdAt());
        assertThat(read).isEqualTo(repository.findById(created.id()).orElseThrow());
        // and a save from the version loaded before is refused, changing nothing
        assertThatThrownBy(() -> AsUser.call(lead, () -> service.updateActivity(created.id(), created.version(),
                ActivityDraft.of("Too late", "INFORM", Set.of())))).isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(lead, () -> service.activity(created.id()))).isEqualTo(read);
        // and emptied collections are emptied
        EngagementActivity emptied = AsUser.call(lead, () -> service.updateActivity(created.id(), read.version(),
                ActivityDraft.of("Drop-in, moved", "CONSULT", Set.of())));
        assertThat(AsUser.call(lead, () -> service.activity(created.id())))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(emptied);
        assertThat(emptied.communities()).isEmpty();
        assertThat(emptied.purposes()).isEmpty();
    }

    @Test
    void staffAndPartnersCannotChangeThePlan() {
        for (Role role : Set.of(Role.STAFF, Role.PARTNER)) {
            EngagementPrincipal user = data.user(role, own.id());
            assertThatThrownBy(() -> AsUser.call(user, () -> service.createActivity(plan.id(),
                    ActivityDraft.of("x", "INFORM", Set.of())))).isInstanceOf(NotPermittedException.class);
        }
        assertThat(AsUser.call(data.user(Role.STAFF, own.id()), () -> service.countActivities(plan.id()))).isZero();
    }

    @Test
    void aLeadOfAnotherPartnershipCanNeitherReadNorWriteThisPlan() {
        EngagementActivity activity = data.activity(plan, "Private to own partnership");
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, other.id());

        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.activity(activity.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.activities(plan.id(), 0, 10)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.updateActivity(activity.id(), 0,
                ActivityDraft.of("hijack", "INFORM", Set.of())))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.run(stranger, () -> service.deleteActivity(activity.id(), 0)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(AsUser.call(data.user(Role.STAFF, own.id()), () -> service.activity(activity.id()).description()))
                .isEqualTo("Private to own partnership");
    }

    @Test
    void aNationalViewerReadsEveryPartnershipButChangesNothing() {
        EngagementActivity activity = data.activity(otherPlan, "Seen nationally");
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);

        assertThat(AsUser.call(national, () -> service.activity(activity.id()).description())).isEqualTo("Seen nationally");
        assertThatThrownBy(() -> AsUser.call(national, () -> service.createActivity(otherPlan.id(),
                ActivityDraft.of("x", "INFORM", Set.of())))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        assertThatThrownBy(() -> service.plansOf(own.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void invalidActivityInputIsRefusedWithEveryProblemAndNothingIsSaved() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        ActivityDraft bad = new ActivityDraft(" ", "SHOUT", Set.of("MARTIANS"), Set.of(), PlanStatus.NOT_STARTED,
                "x".repeat(201), Set.of(), Set.of(), null, java.time.LocalDate.of(2026, 5, 1),
                java.time.LocalDate.of(2026, 4, 1), null, null);

        assertThatThrownBy(() -> AsUser.call(lead, () -> service.createActivity(plan.id(), bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .contains("description", "level", "communities", "leadPerson", "plannedEnd"));
        assertThat(AsUser.call(lead, () -> service.countActivities(plan.id()))).isZero();
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndTheFirstIsKept() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        EngagementActivity loadedByBoth = data.activity(plan, "Original");

        AsUser.run(lead, () -> service.updateActivity(loadedByBoth.id(), loadedByBoth.version(),
                ActivityDraft.of("First editor", "INFORM", Set.of("VICTIMS"))));

        assertThatThrownBy(() -> AsUser.run(lead, () -> service.updateActivity(loadedByBoth.id(),
                loadedByBoth.version(), ActivityDraft.of("Second editor", "INFORM", Set.of("VICTIMS")))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(lead, () -> service.activity(loadedByBoth.id()).description())).isEqualTo("First editor");
    }

    @Test
    void deletingWithTheCurrentVersionRemovesTheActivity() {
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        EngagementActivity activity = data.activity(plan, "To delete");

        AsUser.run(lead, () -> service.deleteActivity(activity.id(), activity.version()));

        assertThat(AsUser.call(lead, () -> service.countActivities(plan.id()))).isZero();
    }
}
