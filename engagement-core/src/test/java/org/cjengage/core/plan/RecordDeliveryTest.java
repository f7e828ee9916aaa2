package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cjengage.core.audit.AuditEntry;
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

/** Staff record what happened with an activity; the plan columns stay the lead's. */
@SpringBootTest(classes = CoreTestApplication.class)
class RecordDeliveryTest {

    @Autowired PlanService service;
    @Autowired TestData data;

    Partnership partnership;
    EngagementActivity activity;
    EngagementPrincipal staff;

    @BeforeEach
    void setUp() {
        partnership = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        activity = AsUser.call(lead, () -> service.createActivity(plan.id(), new ActivityDraft("Drop-in at the library",
                "CONSULT", Set.of("VICTIMS"), Set.of(), PlanStatus.NOT_STARTED, "A. Lead", Set.of(), Set.of(), "DELIVER",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null,
                new VoiceCycle("The issue", null, null, null, "Outcomes", null, null, null, null, null, null, null,
                        null, null))));
        staff = data.user(Role.STAFF, partnership.id());
    }

    @AfterEach
    void tearDown() {
        AsUser.signOut();
    }

    private static DeliveryDraft delivered(String whatHappened, int participants) {
        return new DeliveryDraft(PlanStatus.COMPLETE, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4),
                whatHappened, "Residents and two councillors", participants, "Book a bigger room",
                "More evening sessions", "Two evening sessions added");
    }

    @Test
    void staffRecordDeliveryAndThePlanColumnsStayAsTheLeadWroteThem() {
        // When staff of the partnership record what happened
        EngagementActivity saved = AsUser.call(staff, () -> service.recordDelivery(activity.id(), activity.version(),
                delivered("Forty people came to the library", 40)));

        // Then the delivery fields are saved and the plan part is untouched
        EngagementActivity reread = AsUser.call(staff, () -> service.activity(activity.id()));
        assertThat(reread.status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(reread.actualStart()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(reread.voice().doWhatHappened()).isEqualTo("Forty people came to the library");
        assertThat(reread.voice().doParticipants()).isEqualTo(40);
        assertThat(reread.voice().reviewWeDid()).isEqualTo("Two evening sessions added");
        assertThat(reread.description()).isEqualTo("Drop-in at the library");
        assertThat(reread.leadPerson()).isEqualTo("A. Lead");
        assertThat(reread.stageCode()).isEqualTo("DELIVER");
        assertThat(reread.plannedEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(reread.communityCodes()).containsExactly("VICTIMS");
        assertThat(reread.voice().analyseIssue()).isEqualTo("The issue");
        assertThat(reread.voice().planOutcomes()).isEqualTo("Outcomes");
        assertThat(saved.version()).isEqualTo(activity.version() + 1);
    }

    @Test
    void eachRecordedFieldLeavesOneAuditEntryNamingTheStaffMember() {
        AsUser.run(staff, () -> service.recordDelivery(activity.id(), activity.version(),
                delivered("Forty people came", 40)));

        List<AuditEntry> history = AsUser.call(staff, () -> service.activityHistory(activity.id()));
        List<AuditEntry> changes = history.stream().filter(e -> e.action() == AuditEntry.Action.CHANGED).toList();
        assertThat(changes).extracting(AuditEntry::field).containsExactlyInAnyOrder("status", "actualStart",
                "actualEnd", "doWhatHappened", "doWhoTookPart", "doParticipants", "reviewLessons", "reviewYouSaid",
                "reviewWeDid");
        assertThat(changes).extracting(AuditEntry::actorName).containsOnly(staff.displayName());
        assertThat(changes).filteredOn(e -> e.field().equals("status")).singleElement()
                .satisfies(e -> assertThat(e.oldValue()).isEqualTo("NOT_STARTED"))
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("COMPLETE"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        AsUser.run(staff, () -> service.recordDelivery(activity.id(), activity.version(), delivered("First", 10)));

        assertThatThrownBy(() -> AsUser.run(staff, () -> service.recordDelivery(activity.id(), activity.version(),
                delivered("Second", 20)))).isInstanceOf(ConcurrentEditException.class);
        assertThat(AsUser.call(staff, () -> service.activity(activity.id())).voice().doWhatHappened())
                .isEqualTo("First");
    }

    @Test
    void badDeliveryInputIsRefusedFieldByFieldAndNothingChanges() {
        DeliveryDraft bad = new DeliveryDraft(PlanStatus.COMPLETE, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1),
                "x".repeat(VoiceCycle.TEXT_MAX + 1), null, -3, null, null, null);

        assertThatThrownBy(() -> AsUser.run(staff, () -> service.recordDelivery(activity.id(), activity.version(), bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("actualEnd", "doWhatHappened", "doParticipants"));
        assertThat(AsUser.call(staff, () -> service.activity(activity.id())).status()).isEqualTo(PlanStatus.NOT_STARTED);
    }

    @Test
    void staffMayNotChangeThePlanColumnsAndPartnersMayNotRecordDelivery() {
        assertThatThrownBy(() -> AsUser.run(staff, () -> service.updateActivity(activity.id(), activity.version(),
                activity.toDraft()))).isInstanceOf(NotPermittedException.class);
        EngagementPrincipal partner = data.user(Role.PARTNER, partnership.id());
        assertThatThrownBy(() -> AsUser.run(partner, () -> service.recordDelivery(activity.id(), activity.version(),
                delivered("Not mine to say", 1)))).isInstanceOf(NotPermittedException.class);
        assertThat(AsUser.call(staff, () -> service.canRecordDelivery(partnership.id()))).isTrue();
        assertThat(AsUser.call(staff, () -> service.canEditPlan(partnership.id()))).isFalse();
        assertThat(AsUser.call(partner, () -> service.canRecordDelivery(partnership.id()))).isFalse();
    }
}
