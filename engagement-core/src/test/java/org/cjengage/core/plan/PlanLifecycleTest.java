package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.audit.AuditEntry.Action;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActivityQuery.SortField;
import org.cjengage.core.plan.ActivityQuery.SortOrder;
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

/** Plans over their life: audit trail, grid queries, copy, import and export, on the real database. */
@SpringBootTest(classes = CoreTestApplication.class)
class PlanLifecycleTest {

    @Autowired PlanService service;
    @Autowired PlanTransferService transfer;
    @Autowired TestData data;

    Partnership own;
    EngagementPrincipal lead;
    ActionPlan plan;

    @BeforeEach
    void setUp() {
        own = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        plan = AsUser.call(lead, () -> service.createPlan(own.id(), new PlanDraft("Plan " + TestData.unique("x"),
                "Communities take part", LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    ActivityDraft draft(String description, String level, PlanStatus status, LocalDate end) {
        return new ActivityDraft(description, level, Set.of("VICTIMS"), Set.of(), status, "Lead " + description,
                Set.of(), Set.of(), "PLAN", end == null ? null : end.minusMonths(1), end, null, null);
    }

    @Test
    void theVoiceCycleIsStoredAndReadBack() {
        VoiceCycle voice = new VoiceCycle("Issue", "Affected", "Involved", "Barriers", "Outcomes", "Indicators",
                "Resources", "By spring", "Two workshops", "Residents", 42, "Start earlier", "Too late", "Moved it");
        EngagementActivity created = AsUser.call(lead, () -> service.createActivity(plan.id(),
                ActivityDraft.of("With a cycle", "ENGAGE", Set.of("VICTIMS")).withVoice(voice)));

        assertThat(AsUser.call(lead, () -> service.activity(created.id())).voice()).isEqualTo(voice);
    }

    @Test
    void everyChangeIsAuditedWithWhoFieldBeforeAndAfter() {
        EngagementActivity created = AsUser.call(lead, () -> service.createActivity(plan.id(),
                ActivityDraft.of("Before", "INFORM", Set.of("VICTIMS"))));
        AsUser.run(lead, () -> service.updateActivity(created.id(), created.version(),
                ActivityDraft.of("After", "CONSULT", Set.of("VICTIMS"))));

        List<AuditEntry> history = AsUser.call(lead, () -> service.activityHistory(created.id()));

        assertThat(history).extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                AuditEntry::newValue).containsExactlyInAnyOrder(
                tuple(Action.CHANGED, "description", "Before", "After"),
                tuple(Action.CHANGED, "level", "INFORM", "CONSULT"),
                tuple(Action.CREATED, null, null, "Before"));
        assertThat(history).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(lead.userId());
            assertThat(e.actorName()).isEqualTo(lead.displayName());
        });
        assertThat(history.getLast().action()).isEqualTo(Action.CREATED);
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntry() {
        EngagementActivity created = AsUser.call(lead, () -> service.createActivity(plan.id(),
                ActivityDraft.of("Kept", "INFORM", Set.of("VICTIMS"))));
        assertThatThrownBy(() -> AsUser.run(lead, () -> service.updateActivity(created.id(), created.version() + 5,
                ActivityDraft.of("Lost", "INFORM", Set.of()))))
                .isInstanceOf(org.cjengage.core.common.ConcurrentEditException.class);

        assertThat(AsUser.call(lead, () -> service.activityHistory(created.id()))).hasSize(1);
    }

    @Test
    void planChangesAndDeletionsAreAudited() {
        ActionPlan changed = AsUser.call(lead, () -> service.updatePlan(plan.id(), plan.version(),
                new PlanDraft("Renamed", plan.outcome(), plan.periodStart(), plan.periodEnd())));
        assertThat(AsUser.call(lead, () -> service.planHistory(plan.id()))).extracting(AuditEntry::action,
                AuditEntry::field, AuditEntry::newValue).contains(tuple(Action.CHANGED, "title", "Renamed"));

        AsUser.call(lead, () -> service.createActivity(plan.id(), ActivityDraft.of("Goes too", "INFORM", Set.of())));
        AsUser.run(lead, () -> service.deletePlan(plan.id(), changed.version()));

        assertThat(AsUser.call(lead, () -> service.plansOf(own.id()))).isEmpty();
    }

    @Test
    void theGridFiltersSearchesSortsAndPagesInTheDatabase() {
        LocalDate today = AsUser.call(lead, () -> service.today());
        AsUser.run(lead, () -> {
            service.createActivity(plan.id(), draft("Overdue survey", "CONSULT", PlanStatus.IN_PROGRESS, today.minusDays(3)));
            service.createActivity(plan.id(), draft("Finished forum", "ENGAGE", PlanStatus.COMPLETE, today.minusDays(3)));
            service.createActivity(plan.id(), draft("Future briefing", "INFORM", PlanStatus.NOT_STARTED, today.plusYears(1)));
            service.createActivity(plan.id(), new ActivityDraft("Panel 100% open_", "ENGAGE", Set.of("THIRD_SECTOR"),
                    Set.of(), PlanStatus.IN_PROGRESS, "Morag", Set.of(), Set.of(), "REVIEW", null, null, null, null));
        });
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());

        List<ActivityRow> overdue = AsUser.call(staff, () -> service.findActivities(plan.id(),
                new ActivityQuery(null, null, null, null, null, true, null, List.of()), 0, 50));
        assertThat(overdue).extracting(ActivityRow::description).containsExactly("Overdue survey");
        assertThat(overdue.getFirst().delivery()).isEqualTo(DeliveryStatus.OVERDUE);

        ActivityQuery byLevelDesc = ActivityQuery.ALL.sortedBy(List.of(new SortOrder(SortField.LEVEL, false)));
        assertThat(AsUser.call(staff, () -> service.findActivities(plan.id(), byLevelDesc, 0, 2)))
                .extracting(ActivityRow::levelCode).containsExactly("ENGAGE", "ENGAGE");
        assertThat(AsUser.call(staff, () -> service.findActivities(plan.id(), byLevelDesc, 3, 2)))
                .extracting(ActivityRow::levelCode).containsExactly("INFORM");

        assertThat(AsUser.call(staff, () -> service.findActivities(plan.id(), new ActivityQuery(null, "THIRD_SECTOR",
                null, null, "REVIEW", false, "100%", List.of()), 0, 10))).extracting(ActivityRow::description)
                .containsExactly("Panel 100% open_");
        assertThat(AsUser.call(staff, () -> service.countActivities(plan.id(), new ActivityQuery("CONSULT", "VICTIMS",
                PlanStatus.IN_PROGRESS, "lead overdue", null, false, "survey", List.of())))).isEqualTo(1);
        assertThat(AsUser.call(staff, () -> service.countActivities(plan.id(), new ActivityQuery(null, null, null,
                null, null, false, "nothing-like-this", List.of())))).isZero();
    }

    @Test
    void copyingAPlanMakesANewPeriodWithActivitiesResetAndDatesShifted() {
        AsUser.run(lead, () -> service.createActivity(plan.id(), new ActivityDraft("Done last period", "ENGAGE",
                Set.of("VICTIMS"), Set.of("AGE"), PlanStatus.COMPLETE, "Ann", Set.of(ActivityPurpose.of("KNOWLEDGE")),
                Set.of("FACE_TO_FACE"), "DELIVER", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 5, 2), LocalDate.of(2025, 6, 1))));

        ActionPlan copy = AsUser.call(lead, () -> service.copyPlan(plan.id(), new PlanDraft("Next period",
                plan.outcome(), LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31))));

        List<ActivityDraft> copied = AsUser.call(lead, () -> service.planContent(copy.id()));
        assertThat(copied).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(PlanStatus.NOT_STARTED);
            assertThat(d.plannedStart()).isEqualTo(LocalDate.of(2028, 5, 1));
            assertThat(d.actualEnd()).isNull();
            assertThat(d.tagCodes()).containsExactly("AGE");
            assertThat(d.purposes()).containsExactly(ActivityPurpose.of("KNOWLEDGE"));
        });
        assertThat(AsUser.call(lead, () -> service.planContent(plan.id()))).singleElement()
                .extracting(ActivityDraft::status).isEqualTo(PlanStatus.COMPLETE);
    }

    @Test
    void anExportedPlanImportsIntoAnotherPlanWithTheSameContent() {
        AsUser.run(lead, () -> {
            service.createActivity(plan.id(), PlanFileMappingTest.full());
            service.createActivity(plan.id(), draft("@Second", "INFORM", PlanStatus.NOT_STARTED, LocalDate.of(2027, 1, 1)));
        });
        ActionPlan target = AsUser.call(lead, () -> service.createPlan(own.id(), new PlanDraft("Target", null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
        ActionPlan target2 = AsUser.call(lead, () -> service.createPlan(own.id(), new PlanDraft("Target 2", null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));

        byte[] xlsx = AsUser.call(lead, () -> transfer.exportXlsx(plan.id()));
        byte[] csv = AsUser.call(lead, () -> transfer.exportCsv(plan.id()));
        assertThat(AsUser.call(lead, () -> transfer.importFile(target.id(), "plan.xlsx", xlsx))).isEqualTo(2);
        assertThat(AsUser.call(lead, () -> transfer.importFile(target2.id(), "plan.csv", csv))).isEqualTo(2);

        List<ActivityDraft> original = AsUser.call(lead, () -> service.planContent(plan.id()));
        assertThat(AsUser.call(lead, () -> service.planContent(target.id()))).isEqualTo(original);
        assertThat(AsUser.call(lead, () -> service.planContent(target2.id()))).isEqualTo(original);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("'@Second");
        long imported = AsUser.call(lead, () -> service.findActivities(target.id(), ActivityQuery.ALL, 0, 1)).getFirst().id();
        assertThat(AsUser.call(lead, () -> service.activityHistory(imported))).extracting(AuditEntry::action)
                .containsExactly(Action.CREATED);
    }

    @Test
    void anImportWithOneBadRowSavesNothing() {
        byte[] csv = "Activity,Level\nGood row,Inform\nBad row,Loud\n".getBytes(StandardCharsets.UTF_8);

        ImportResult checked = AsUser.call(lead, () -> transfer.check(plan.id(), "p.csv", csv));
        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(3, "Level"));
        assertThatThrownBy(() -> AsUser.call(lead, () -> transfer.importFile(plan.id(), "p.csv", csv)))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(AsUser.call(lead, () -> service.countActivities(plan.id()))).isZero();
    }

    @Test
    void onlyPlanEditorsOfThePartnershipMayImportAndOnlyMembersExport() {
        byte[] csv = "Activity,Level\nRow,1\n".getBytes(StandardCharsets.UTF_8);
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());

        assertThatThrownBy(() -> AsUser.call(staff, () -> transfer.importFile(plan.id(), "p.csv", csv)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> transfer.exportCsv(plan.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.copyPlan(plan.id(), new PlanDraft("Mine", null,
                LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1))))).isInstanceOf(NotPermittedException.class);
        assertThat(AsUser.call(staff, () -> transfer.exportCsv(plan.id()))).isNotEmpty();
    }
}
