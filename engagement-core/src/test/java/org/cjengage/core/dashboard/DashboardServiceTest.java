package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActionPlanRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.DeliveryStatus.Rag;
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

@SpringBootTest(classes = CoreTestApplication.class)
class DashboardServiceTest {

    @Autowired DashboardService service;
    @Autowired TestData data;
    @Autowired ActivityRepository activities;
    @Autowired MeterRegistry meters;
    @Autowired DashboardQueries queries;
    @Autowired AccessGuard access;
    @Autowired PartnershipRepository partnerships;
    @Autowired ActionPlanRepository plans;
    @Autowired StandardsCatalogue standards;
    @Autowired java.time.Clock clock;
    @Autowired org.cjengage.core.plan.PlanService planService;

    Partnership own;
    Partnership other;
    ActionPlan plan;
    List<EngagementActivity> created;
    LocalDate today;

    @BeforeEach
    void givenAPlanWithFiveActivitiesAroundToday() {
        today = service.today();
        own = data.partnership();
        other = data.partnership();
        plan = data.plan(own.id());
        data.activity(data.plan(other.id()), "Other partnership's activity");
        created = List.of(
                save("A", PlanStatus.COMPLETE, "INFORM", Set.of("VICTIMS"), "DELIVER", today.minusDays(90), today.minusDays(40)),
                save("B", PlanStatus.IN_PROGRESS, "ENGAGE", Set.of("THIRD_SECTOR", "VICTIMS"), "REVIEW", today.minusDays(60), today.minusDays(1)),
                save("C", PlanStatus.NOT_STARTED, "CONSULT", Set.of("VICTIMS"), null, today.minusDays(1), today.plusDays(100)),
                save("D", PlanStatus.IN_PROGRESS, "CONSULT", Set.of("PUBLIC_SECTOR"), "PLAN", today.minusDays(5), today.plusDays(10)),
                save("E", PlanStatus.NOT_STARTED, "ENGAGE", Set.of(), "ANALYSE", today.plusDays(10), today.plusDays(200)));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private EngagementActivity save(String description, PlanStatus status, String level, Set<String> communities,
                                    String stage, LocalDate start, LocalDate end) {
        return activities.save(EngagementActivity.create(plan, new ActivityDraft(description, level, communities,
                Set.of(), status, null, Set.of(), Set.of(), stage, start, end, null, null)));
    }

    private PartnershipDashboard asLead(DashboardFilter filter) {
        return AsUser.call(data.user(Role.STRATEGY_LEAD, own.id()), () -> service.partnership(own.id(), filter));
    }

    @Test
    void aLeadSeesExactFiguresWorkedOutFromThePlan() {
        DashboardFigures f = asLead(DashboardFilter.NONE).figures();

        assertThat(f.total()).isEqualTo(Figure.exact(5));
        assertThat(f.byStatus().figure("NOT_STARTED")).isEqualTo(Figure.exact(2));
        assertThat(f.byStatus().figure("IN_PROGRESS")).isEqualTo(Figure.exact(2));
        assertThat(f.complete()).isEqualTo(Figure.exact(1));
        assertThat(f.byRag().figure("RED")).isEqualTo(Figure.exact(1));
        // C: not started after its planned start (amber); D: in progress, due in 10 days (green under the plan's rule)
        assertThat(f.byRag().figure("AMBER")).isEqualTo(Figure.exact(1));
        assertThat(f.byRag().figure("GREEN")).isEqualTo(Figure.exact(3));
        assertThat(f.byRag().figure("NONE")).isEqualTo(Figure.exact(0));
        assertThat(f.byLevel().figure("CONSULT")).isEqualTo(Figure.exact(2));
        assertThat(f.byStage().figure(Dimensions.NO_STAGE)).isEqualTo(Figure.exact(1));
        assertThat(f.overdueReviews()).isEqualTo(Figure.exact(1));
        assertThat(f.overdueList()).extracting(OverdueActivity::description).containsExactly("B");
        assertThat(f.coverage().cell("VICTIMS", "INFORM")).isEqualTo(Figure.exact(1));
        assertThat(f.coverage().cell("VICTIMS", "ENGAGE")).isEqualTo(Figure.exact(1));
        assertThat(f.coverage().notInvolved())
                .containsExactly("PEOPLE_WITH_CONVICTIONS", "AFFECTED_COMMUNITIES", "COMMUNITIES_OF_INTEREST");
    }

    @Test
    void theSqlRagRuleAgreesWithTheJavaRule() {
        DashboardFigures f = asLead(DashboardFilter.NONE).figures();
        for (Rag rag : Rag.values()) {
            long expected = created.stream()
                    .filter(a -> DeliveryStatus.of(a.status(), a.plannedStart(), a.plannedEnd(), today).rag() == rag).count();
            assertThat(f.byRag().figure(rag.name())).as(rag.name()).isEqualTo(Figure.exact(expected));
        }
    }

    @Test
    void filtersByLevelCommunityPeriodAndPlan() {
        assertThat(asLead(new DashboardFilter(null, null, null, null, "ENGAGE")).figures().total()).isEqualTo(Figure.exact(2));
        assertThat(asLead(new DashboardFilter(null, null, null, "VICTIMS", null)).figures().total()).isEqualTo(Figure.exact(3));
        assertThat(asLead(new DashboardFilter(null, today.plusDays(50), today.plusDays(60), null, null)).figures().total())
                .isEqualTo(Figure.exact(2));
        assertThat(asLead(new DashboardFilter(plan.id(), null, null, null, null)).figures().total()).isEqualTo(Figure.exact(5));
        ActionPlan empty = data.plan(own.id());
        assertThat(asLead(new DashboardFilter(empty.id(), null, null, null, null)).figures().total()).isEqualTo(Figure.exact(0));
    }

    @Test
    void aPlanOfAnotherPartnershipOrAnUnknownCodeIsRefused() {
        ActionPlan foreign = data.plan(other.id());
        assertThatThrownBy(() -> asLead(new DashboardFilter(foreign.id(), null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asLead(new DashboardFilter(null, null, null, "MARTIANS", null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> asLead(new DashboardFilter(null, today, today.minusDays(1), null, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aPartnerIsAMemberOfThePartnershipAndSeesEveryFigureExactly() {
        recordParticipants("A", 2);
        EngagementPrincipal partner = data.user(Role.PARTNER, own.id());
        PartnershipDashboard d = AsUser.call(partner, () -> service.partnership(own.id(), DashboardFilter.NONE));

        assertThat(d.audience()).isEqualTo(Audience.PARTNERSHIP);
        assertThat(d.figures().total()).isEqualTo(Figure.exact(5));
        assertThat(d.figures().complete()).isEqualTo(Figure.exact(1));
        assertThat(d.figures().coverage().cell("VICTIMS", "CONSULT")).isEqualTo(Figure.exact(1));
        assertThat(d.figures().people()).isEqualTo(Figure.exact(2));
        assertThat(d.figures().anySuppressed()).isFalse();
    }

    @Test
    void exportsSuppressSmallCountsOfPeopleWhoeverExportsButKeepActivityCountsExact() {
        recordParticipants("A", 2);
        recordParticipants("D", 30);
        EngagementPrincipal lead = data.user(Role.STRATEGY_LEAD, own.id());
        PartnershipDashboard d = AsUser.call(lead, () -> service.partnershipForExport(own.id(), DashboardFilter.NONE));

        assertThat(d.audience()).isEqualTo(Audience.BEYOND);
        assertThat(d.figures().complete()).isEqualTo(Figure.exact(1));
        assertThat(d.figures().peopleByStage().figure("DELIVER")).isEqualTo(Figure.small());
        assertThat(d.figures().peopleByStage().figure("PLAN")).isEqualTo(Figure.hidden());
        // the hidden 30 leaves the 2 uncertain, so the total can be shown
        assertThat(d.figures().people()).isEqualTo(Figure.exact(32));
        assertThat(d.figures().anySuppressed()).isTrue();
    }

    private void recordParticipants(String description, int participants) {
        EngagementActivity a = created.stream().filter(c -> c.description().equals(description)).findFirst().orElseThrow();
        EngagementActivity stored = activities.findById(a.id()).orElseThrow();
        activities.save(stored.revise(stored.toDraft().withVoice(
                org.cjengage.core.plan.VoiceCycle.of(java.util.Map.of(), participants)), stored.version()));
    }

    @Test
    void aPartnerOfAnotherPartnershipIsRefused() {
        EngagementPrincipal stranger = data.user(Role.PARTNER, other.id());
        assertThatThrownBy(() -> AsUser.call(stranger, () -> service.partnership(own.id(), DashboardFilter.NONE)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.partnership(own.id(), DashboardFilter.NONE))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aNationalViewerSeesEveryPartnershipSuppressedAndOthersCannotOpenTheRollUp() {
        EngagementPrincipal national = data.user(Role.NATIONAL_VIEWER, null);
        NationalDashboard n = AsUser.call(national, () -> service.national(DashboardFilter.NONE));

        assertThat(n.comparison()).extracting(PartnershipComparison::partnershipId).contains(own.id(), other.id());
        PartnershipComparison ownRow = n.comparison().stream().filter(r -> r.partnershipId() == own.id()).findFirst().orElseThrow();
        assertThat(ownRow.total()).isEqualTo(Figure.exact(5));
        assertThat(ownRow.communitiesNotInvolved()).isEqualTo(3);
        assertThat(AsUser.call(national, () -> service.partnership(own.id(), DashboardFilter.NONE)).audience())
                .isEqualTo(Audience.BEYOND);

        for (Role role : Set.of(Role.PARTNER, Role.STRATEGY_LEAD, Role.ADMIN)) {
            EngagementPrincipal local = data.user(role, own.id());
            assertThatThrownBy(() -> AsUser.call(local, () -> service.national(DashboardFilter.NONE)))
                    .isInstanceOf(NotPermittedException.class);
        }
        EngagementPrincipal nationalAdmin = data.user(Role.ADMIN, null);
        assertThat(AsUser.call(nationalAdmin, () -> service.partnership(own.id(), DashboardFilter.NONE)).audience())
                .isEqualTo(Audience.BEYOND);
    }

    @Test
    void everyBuildIsTimedByScope() {
        var timer = meters.get(DashboardService.TIMER).tag("scope", "partnership").timer();
        long before = timer.count();
        asLead(DashboardFilter.NONE);
        assertThat(timer.count()).isEqualTo(before + 1);
        assertThat(meters.get(DashboardService.TIMER).tag("scope", "national").timer()).isNotNull();
    }

    @Test
    void contributedSectionsAreAddedAndDisclosedForTheAudience() {
        DashboardContributor people = new DashboardContributor() {
            @Override public int order() { return 1; }
            @Override public Optional<DashboardSection> section(DashboardScope scope, DashboardFilter filter) {
                return Optional.of(new DashboardSection("people", "dashboard.title", DashboardSection.ChartKind.BAR,
                        List.of("a", "b", "c"), List.of(new DashboardSection.Row("Scope " + scope.partnershipId(),
                        List.of(new SectionCell.Count(3), new SectionCell.People(3)))), null));
            }
        };
        DashboardService withSection = new DashboardService(queries, access,
                new PartnershipLookup(partnerships), standards,
                List.of(people), new DashboardProperties(50), new DisclosurePolicy(5), meters, clock, planService);

        PartnershipDashboard member = AsUser.call(data.user(Role.PARTNER, own.id()),
                () -> withSection.partnership(own.id(), DashboardFilter.NONE));
        PartnershipDashboard national = AsUser.call(data.user(Role.NATIONAL_VIEWER, null),
                () -> withSection.partnership(own.id(), DashboardFilter.NONE));

        DashboardSection section = member.figures().sections().getFirst();
        assertThat(section.rows().getFirst().label()).isEqualTo("Scope " + own.id());
        assertThat(section.rows().getFirst().cells()).containsExactly(new SectionCell.Shown(Figure.exact(3)),
                new SectionCell.Shown(Figure.exact(3)));
        assertThat(national.figures().sections().getFirst().rows().getFirst().cells())
                .containsExactly(new SectionCell.Shown(Figure.exact(3)), new SectionCell.Shown(Figure.small()));
        assertThat(national.figures().anySuppressed()).isTrue();
    }
}
