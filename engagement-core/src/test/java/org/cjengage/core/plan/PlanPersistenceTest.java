package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Round trips of each aggregate through a real MariaDB. */
@SpringBootTest(classes = CoreTestApplication.class)
@Transactional
class PlanPersistenceTest {

    @Autowired PartnershipRepository partnerships;
    @Autowired UserRepository users;
    @Autowired ActionPlanRepository plans;
    @Autowired ActivityRepository activities;

    @Test
    void partnershipIsStoredAndReadBackUnchanged() {
        Partnership saved = partnerships.save(Partnership.create(TestData.unique("RT"), "Round Trip CJP", "Area")
                .withCoordinator("Coordinator", "c@example.org"));

        Partnership loaded = partnerships.findById(saved.id()).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(saved);
        assertThat(loaded.version()).isZero();
    }

    @Test
    void userWithPartnershipAndNationalMembershipsRoundTrips() {
        Partnership p = partnerships.save(Partnership.create(TestData.unique("RT"), "CJP", "Area"));
        AppUser saved = users.save(AppUser.create(TestData.unique("u"), "Una User", "u@example.org", "{noop}x",
                Set.of(Membership.in(p.id(), Role.STAFF), Membership.national(Role.NATIONAL_VIEWER))));

        AppUser loaded = users.findById(saved.id()).orElseThrow();

        assertThat(loaded.memberships()).containsExactlyInAnyOrder(Membership.in(p.id(), Role.STAFF),
                Membership.national(Role.NATIONAL_VIEWER));
        assertThat(loaded.displayName()).isEqualTo("Una User");
        assertThat(loaded.active()).isTrue();
    }

    @Test
    void actionPlanRoundTripsAndCountsItsVersion() {
        Partnership p = partnerships.save(Partnership.create(TestData.unique("RT"), "CJP", "Area"));
        ActionPlan saved = plans.save(ActionPlan.create(p.id(), new PlanDraft("Engagement plan",
                "Communities take part in community justice", LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));

        ActionPlan revised = plans.save(saved.revise(new PlanDraft("Engagement plan (revised)", null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31)), saved.version()));
        ActionPlan loaded = plans.findById(saved.id()).orElseThrow();

        assertThat(loaded.title()).isEqualTo("Engagement plan (revised)");
        assertThat(loaded.outcome()).isNull();
        assertThat(loaded.partnershipId()).isEqualTo(p.id());
        assertThat(loaded.version()).isEqualTo(1).isEqualTo(revised.version());
        assertThat(plans.findAllByPartnershipIdOrderByPeriodStartDescTitle(p.id())).hasSize(1);
    }

    @Test
    void activityWithEveryPlanColumnRoundTrips() {
        Partnership p = partnerships.save(Partnership.create(TestData.unique("RT"), "CJP", "Area"));
        ActionPlan plan = plans.save(ActionPlan.create(p.id(), new PlanDraft("Plan", "Outcome",
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
        ActivityDraft draft = new ActivityDraft("Focus group with families", "ENGAGE",
                Set.of("COMMUNITIES_OF_INTEREST", "VICTIMS"), Set.of("AGE", "HOUSING"), PlanStatus.IN_PROGRESS,
                "Family worker", Set.of(new ActivityPurpose("INFLUENCE", "Families", "Hub", null, "Report to board")),
                Set.of("FACE_TO_FACE", "QUESTIONNAIRE"), "DELIVER", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 5), null);

        EngagementActivity saved = activities.save(EngagementActivity.create(plan, draft));
        EngagementActivity loaded = activities.findById(saved.id()).orElseThrow();

        assertThat(loaded.toDraft()).isEqualTo(draft);
        assertThat(loaded.planId()).isEqualTo(plan.id());
        assertThat(loaded.partnershipId()).isEqualTo(p.id());
        assertThat(activities.findAllByPlanId(plan.id(), PageRequest.of(0, 10))).extracting(EngagementActivity::id)
                .containsExactly(saved.id());
    }

    @Test
    void savingAStaleActivityVersionIsRefused() {
        Partnership p = partnerships.save(Partnership.create(TestData.unique("RT"), "CJP", "Area"));
        ActionPlan plan = plans.save(ActionPlan.create(p.id(), new PlanDraft("Plan", null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
        EngagementActivity v0 = activities.save(EngagementActivity.create(plan,
                ActivityDraft.of("First", "INFORM", Set.of("VICTIMS"))));
        activities.save(v0.revise(ActivityDraft.of("Second", "INFORM", Set.of("VICTIMS")), v0.version()));

        assertThatThrownBy(() -> activities.save(v0.revise(ActivityDraft.of("Stale", "INFORM", Set.of()), v0.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }
}
