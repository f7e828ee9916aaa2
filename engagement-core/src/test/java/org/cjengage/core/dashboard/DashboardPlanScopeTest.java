package org.cjengage.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.outputs.AnnualReportService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActionPlanRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Dashboards count the current plan unless "all plans" is asked for (docs/plan.md), and "today" is today in
 * London, also in the hour after midnight in summer time.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class DashboardPlanScopeTest {

    @Autowired DashboardService service;
    @Autowired PlanService plans;
    @Autowired TestData data;
    @Autowired ActionPlanRepository planRepository;
    @Autowired ActivityRepository activities;
    @Autowired Clock clock;
    @Autowired DashboardQueries queries;
    @Autowired AccessGuard access;
    @Autowired PartnershipRepository partnerships;
    @Autowired StandardsCatalogue standards;
    @Autowired MeterRegistry meters;

    Partnership own;
    EngagementPrincipal lead;
    ActionPlan running;
    ActionPlan next;

    @BeforeEach
    void givenARunningPlanWithTwoActivitiesAndACopyForTheNextPeriodWithThree() {
        own = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, own.id());
        LocalDate today = service.today();
        running = planRepository.save(ActionPlan.create(own.id(), new PlanDraft("Running", null, today.minusYears(1),
                today.plusYears(2))));
        next = planRepository.save(ActionPlan.create(own.id(), new PlanDraft("Next", null, today.plusYears(2).plusDays(1),
                today.plusYears(5))));
        save(running, "VICTIMS");
        save(running, "THIRD_SECTOR");
        save(next, "VICTIMS");
        save(next, "VICTIMS");
        save(next, "THIRD_SECTOR");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private EngagementActivity save(ActionPlan plan, String community) {
        return activities.save(EngagementActivity.create(plan, ActivityDraft.of("Activity " + community, "CONSULT",
                Set.of(community))));
    }

    @Test
    void thePartnershipDashboardOpensOnTheCurrentPlanAndNamesIt() {
        PartnershipDashboard d = AsUser.call(lead, () -> service.partnership(own.id(), DashboardFilter.NONE));

        assertThat(d.currentPlanId()).isEqualTo(running.id());
        assertThat(d.filter().planId()).isEqualTo(running.id());
        assertThat(d.figures().total()).isEqualTo(Figure.exact(2));
        assertThat(d.figures().coverage().cell("VICTIMS", "CONSULT")).isEqualTo(Figure.exact(1));
    }

    @Test
    void allPlansAreAddedTogetherOnlyWhenAskedFor() {
        PartnershipDashboard d = AsUser.call(lead, () -> service.partnership(own.id(), DashboardFilter.NONE.withAllPlans()));

        assertThat(d.filter().allPlans()).isTrue();
        assertThat(d.filter().planId()).isNull();
        assertThat(d.figures().total()).isEqualTo(Figure.exact(5));
        assertThat(d.figures().coverage().cell("VICTIMS", "CONSULT")).isEqualTo(Figure.exact(3));
    }

    @Test
    void aPinnedPlanIsWhatTheDashboardOpensOn() {
        AsUser.run(lead, () -> plans.pinCurrentPlan(own.id(), next.id()));

        PartnershipDashboard d = AsUser.call(lead, () -> service.partnership(own.id(), DashboardFilter.NONE));

        assertThat(d.currentPlanId()).isEqualTo(next.id());
        assertThat(d.figures().total()).isEqualTo(Figure.exact(3));
    }

    @Test
    void theNationalRollUpCountsEachPartnershipsCurrentPlanUnlessAllPlansAreAskedFor() {
        EngagementPrincipal admin = data.user(Role.ADMIN, null);

        NationalDashboard current = AsUser.call(admin, () -> service.national(DashboardFilter.NONE));
        NationalDashboard all = AsUser.call(admin, () -> service.national(DashboardFilter.NONE.withAllPlans()));

        assertThat(row(current).total()).isEqualTo(Figure.exact(2));
        assertThat(row(all).total()).isEqualTo(Figure.exact(5));
        assertThat(all.filter().allPlans()).isTrue();
    }

    private PartnershipComparison row(NationalDashboard d) {
        return d.comparison().stream().filter(r -> r.partnershipId() == own.id()).findFirst().orElseThrow();
    }

    @Test
    void theOneClockIsLondonsSoHalfPastElevenOnTheLastNightOfJuneIsAlreadyJulyInSummerTime() {
        // Given the application's clock zone and a moment that is 30 June in UTC but 1 July in London (BST)
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
        Clock lateJune = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), clock.getZone());
        ActionPlan plan = planRepository.save(ActionPlan.create(own.id(), new PlanDraft("Summer", null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31))));
        activities.save(EngagementActivity.create(plan, new ActivityDraft("Due on 30 June", "CONSULT",
                Set.of("VICTIMS"), Set.of(), PlanStatus.IN_PROGRESS, null, Set.of(), Set.of(), null,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null)));
        DashboardService atMidnight = new DashboardService(queries, access,
                new PartnershipLookup(partnerships), standards, List.of(),
                new DashboardProperties(50), new org.cjengage.core.disclosure.DisclosurePolicy(5), meters, lateJune, plans);

        // When the dashboard of that plan is built at that moment
        PartnershipDashboard d = AsUser.call(lead, () -> atMidnight.partnership(own.id(),
                DashboardFilter.NONE.withPlan(plan.id())));

        // Then today is 1 July: the activity is overdue, and a day later in UTC would have said it was not
        assertThat(atMidnight.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(d.figures().byRag().figure("RED")).isEqualTo(Figure.exact(1));
        assertThat(d.figures().overdueList()).extracting(OverdueActivity::description).containsExactly("Due on 30 June");
        assertThat(LocalDate.now(lateJune.withZone(ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theReportingYearTurnsAtLondonsMidnightNotUtcs() {
        // 23:30 UTC on 31 March 2027 is 00:30 on 1 April in London (summer time began on 28 March)
        Clock lastNightOfMarch = Clock.fixed(Instant.parse("2027-03-31T23:30:00Z"), clock.getZone());

        assertThat(AnnualReportService.reportingYearOf(LocalDate.now(lastNightOfMarch))).isEqualTo(2027);
        assertThat(AnnualReportService.reportingYearOf(LocalDate.now(lastNightOfMarch.withZone(ZoneId.of("UTC")))))
                .isEqualTo(2026);
    }
}
