package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
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

/** The current plan on the real database: the lead's pin, its record in the history, and deleting a pinned plan. */
@SpringBootTest(classes = CoreTestApplication.class)
class CurrentPlanServiceTest {

    @Autowired PlanService service;
    @Autowired TestData data;

    Partnership own;
    EngagementPrincipal lead;
    ActionPlan running;
    ActionPlan next;

    @BeforeEach
    void givenARunningPlanAndItsCopyForTheNextPeriod() {
        own = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        LocalDate today = service.today();
        running = AsUser.call(lead, () -> service.createPlan(own.id(), new PlanDraft("Running", null,
                today.minusYears(1), today.plusYears(2))));
        next = AsUser.call(lead, () -> service.copyPlan(running.id(), new PlanDraft("Next", null,
                today.plusYears(2).plusDays(1), today.plusYears(5))));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void withoutAPinTheCurrentPlanFollowsTheDatesNotTheNewestCopy() {
        EngagementPrincipal partner = data.user(Role.PARTNER, own.id());

        assertThat(AsUser.call(partner, () -> service.currentPlan(own.id())).map(ActionPlan::id)).contains(running.id());
        assertThat(AsUser.call(partner, () -> service.pinnedPlan(own.id()))).isEmpty();
        assertThat(AsUser.call(partner, () -> service.plansIn(own.id(), PlanScope.CURRENT))).extracting(ActionPlan::id)
                .containsExactly(running.id());
        assertThat(AsUser.call(partner, () -> service.plansIn(own.id(), PlanScope.ALL))).extracting(ActionPlan::id)
                .containsExactly(next.id(), running.id());
    }

    @Test
    void aPinIsStoredReadBackRecordedInBothPlansHistoriesAndCanBeUndone() {
        AsUser.run(lead, () -> service.pinCurrentPlan(own.id(), next.id()));

        assertThat(AsUser.call(lead, () -> service.pinnedPlan(own.id()))).contains(next.id());
        assertThat(AsUser.call(lead, () -> service.currentPlan(own.id())).map(ActionPlan::id)).contains(next.id());
        assertThat(AsUser.call(lead, () -> service.planHistory(next.id()))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEntry.Action.CHANGED);
            assertThat(e.field()).isEqualTo(PlanService.CURRENT_FIELD);
            assertThat(e.newValue()).isEqualTo(PlanService.PINNED);
            assertThat(e.actorName()).isEqualTo(lead.displayName());
        });

        AsUser.run(lead, () -> service.pinCurrentPlan(own.id(), null));

        assertThat(AsUser.call(lead, () -> service.pinnedPlan(own.id()))).isEmpty();
        assertThat(AsUser.call(lead, () -> service.currentPlan(own.id())).map(ActionPlan::id)).contains(running.id());
        List<AuditEntry> history = AsUser.call(lead, () -> service.planHistory(next.id()));
        assertThat(history).filteredOn(e -> PlanService.CURRENT_FIELD.equals(e.field()))
                .extracting(AuditEntry::newValue).containsExactlyInAnyOrder(PlanService.PINNED, PlanService.FOLLOWS_DATES);
    }

    @Test
    void deletingThePinnedPlanRemovesThePinAndTheDatesDecideAgain() {
        AsUser.run(lead, () -> service.pinCurrentPlan(own.id(), next.id()));

        AsUser.run(lead, () -> service.deletePlan(next.id(), next.version()));

        assertThat(AsUser.call(lead, () -> service.pinnedPlan(own.id()))).isEmpty();
        assertThat(AsUser.call(lead, () -> service.currentPlan(own.id())).map(ActionPlan::id)).contains(running.id());
    }

    @Test
    void onlyALeadPinsAndOnlyAPlanOfTheirOwnPartnership() {
        EngagementPrincipal staff = data.user(Role.STAFF, own.id());
        ActionPlan foreign = data.plan(data.partnership().id());

        assertThatThrownBy(() -> AsUser.run(staff, () -> service.pinCurrentPlan(own.id(), next.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.run(lead, () -> service.pinCurrentPlan(own.id(), foreign.id())))
                .isInstanceOfAny(NotFoundException.class, NotPermittedException.class);
        assertThat(AsUser.call(lead, () -> service.pinnedPlan(own.id()))).isEmpty();
    }

    @Test
    void theNationalViewGetsEachPartnershipsCurrentPlan() {
        AsUser.run(lead, () -> service.pinCurrentPlan(own.id(), next.id()));
        Partnership other = data.partnership();
        ActionPlan otherPlan = data.plan(other.id());
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);

        var current = AsUser.call(national, () -> service.currentPlans());

        assertThat(current.get(own.id()).id()).isEqualTo(next.id());
        assertThat(current.get(other.id()).id()).isEqualTo(otherPlan.id());
        assertThat(AsUser.call(lead, () -> service.currentPlans())).containsOnlyKeys(own.id());
    }

    @Test
    void theGridInAllPlansModeListsTheActivitiesOfEveryPlanWithTheSameFilters() {
        AsUser.run(lead, () -> {
            service.createActivity(running.id(), ActivityDraft.of("Survey", "CONSULT", java.util.Set.of("VICTIMS")));
            service.createActivity(next.id(), ActivityDraft.of("Forum", "ENGAGE", java.util.Set.of("VICTIMS")));
            service.createActivity(next.id(), ActivityDraft.of("Panel", "CONSULT", java.util.Set.of("VICTIMS")));
        });
        ActivityQuery consult = new ActivityQuery("CONSULT", null, null, null, null, false, null, List.of());

        assertThat(AsUser.call(lead, () -> service.countActivitiesOfAllPlans(own.id(), consult))).isEqualTo(2);
        assertThat(AsUser.call(lead, () -> service.findActivitiesOfAllPlans(own.id(), consult, 0, 50)))
                .extracting(ActivityRow::description).containsExactlyInAnyOrder("Survey", "Panel");
        assertThat(AsUser.call(lead, () -> service.countActivities(running.id(), consult))).isEqualTo(1);
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.countActivitiesOfAllPlans(own.id(), consult)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void thePlanPageReadsTheCurrentOrNamedPlanWithTheChoicesAndRefusesStrangers() {
        AsUser.run(lead, () -> service.pinCurrentPlan(own.id(), next.id()));
        EngagementPrincipal partner = data.user(Role.PARTNER, own.id());

        PlanPage current = AsUser.call(partner, () -> service.planPage(PlanScope.CURRENT, own.id()));
        PlanPage named = AsUser.call(partner, () -> service.planPage(PlanScope.of(running.id()), null));
        PlanPage all = AsUser.call(partner, () -> service.planPage(PlanScope.ALL, own.id()));

        assertThat(current.plan().id()).isEqualTo(next.id());
        assertThat(current.currentPlanId()).isEqualTo(next.id());
        assertThat(current.pinned()).isTrue();
        assertThat(current.choices()).extracting(ActionPlan::id).containsExactly(next.id(), running.id());
        assertThat(named.plan().id()).isEqualTo(running.id());
        assertThat(named.partnershipId()).isEqualTo(own.id());
        assertThat(all.plan()).isNull();
        assertThat(all.allPlans()).isTrue();
        EngagementPrincipal stranger = data.user(Role.STRATEGY_LEAD, data.partnership().id());
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.planPage(PlanScope.CURRENT, own.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.planPage(PlanScope.of(running.id()), null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.findActivities(running.id(), ActivityQuery.ALL,
                0, 10))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> AsUser.call(lead, () -> service.countActivities(-1L, ActivityQuery.ALL)))
                .isInstanceOf(NotFoundException.class);
    }
}
