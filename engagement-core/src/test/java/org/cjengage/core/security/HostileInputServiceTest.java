package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.cjengage.core.admin.InviteDraft;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.HostileInput;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every free-text field of every service gets the hostile corpus: accepted text comes back byte for byte
 * (so SQL fragments were data, not code), refused text gets a validation message on that field and nothing
 * is stored.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputServiceTest {

    @Autowired PlanService plans;
    @Autowired UserAdminService admin;
    @Autowired UserRepository users;
    @Autowired TestData data;

    Partnership partnership;
    EngagementPrincipal lead;
    EngagementPrincipal adminUser;
    ActionPlan plan;

    java.util.List<HostileInput.Case> corpus() {
        return HostileInput.all();
    }

    @BeforeAll
    void createUsers() {
        partnership = data.partnership();
        lead = data.user(Role.STRATEGY_LEAD, partnership.id());
        adminUser = data.user(Role.ADMIN, partnership.id());
    }

    @BeforeEach
    void createPlan() {
        plan = data.plan(partnership.id());
    }

    private static PlanDraft planDraft(String title, String outcome) {
        return new PlanDraft(title, outcome, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private static ActivityDraft activityDraft(String description, String lead) {
        return new ActivityDraft(description, "CONSULT", Set.of("VICTIMS"), Set.of(), PlanStatus.NOT_STARTED, lead,
                Set.of(), Set.of(), null, null, null, null, null);
    }

    private <T> void expect(HostileInput.Case c, String field, Supplier<T> save, java.util.function.Function<T, String> readBack,
                            String expected) {
        if (c.accepted()) {
            T saved = AsUser.call(lead, save);
            assertThat(readBack.apply(saved)).isEqualTo(expected.strip());
        } else {
            assertThatThrownBy(() -> AsUser.call(lead, save))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).contains(field));
        }
    }

    @ParameterizedTest(name = "plan title and outcome: {0}")
    @MethodSource("corpus")
    void planTextIsStoredVerbatimOrRefusedClearly(HostileInput.Case c) {
        String title = c.accepted() ? HostileInput.fitted(c, PlanDraft.TITLE_MAX) : c.text();
        int before = AsUser.call(lead, () -> plans.plansOf(partnership.id())).size();
        expect(c, "title", () -> plans.createPlan(partnership.id(), planDraft(title, title)),
                created -> AsUser.call(lead, () -> plans.plan(created.id()).title()), title);
        expect(c, "outcome", () -> plans.updatePlan(plan.id(), 0, planDraft("Plan", title)),
                updated -> AsUser.call(lead, () -> plans.plan(updated.id()).outcome()), title);
        int after = AsUser.call(lead, () -> plans.plansOf(partnership.id())).size();
        assertThat(after).isEqualTo(before + (c.accepted() ? 1 : 0));
    }

    @ParameterizedTest(name = "activity description and lead: {0}")
    @MethodSource("corpus")
    void activityTextIsStoredVerbatimOrRefusedClearly(HostileInput.Case c) {
        String description = c.accepted() ? HostileInput.fitted(c, ActivityDraft.DESCRIPTION_MAX) : c.text();
        String leadPerson = c.accepted() ? HostileInput.fitted(c, ActivityDraft.LEAD_MAX) : c.text();
        expect(c, "description", () -> plans.createActivity(plan.id(), activityDraft(description, "Lead")),
                created -> AsUser.call(lead, () -> plans.activity(created.id()).description()), description);
        expect(c, "leadPerson", () -> plans.createActivity(plan.id(), activityDraft("Activity", leadPerson)),
                created -> AsUser.call(lead, () -> plans.activity(created.id()).leadPerson()), leadPerson);
        assertThat(AsUser.call(lead, () -> plans.countActivities(plan.id()))).isEqualTo(c.accepted() ? 2 : 0);
    }

    @ParameterizedTest(name = "invited user's name: {0}")
    @MethodSource("corpus")
    void anInvitedUsersNameIsStoredVerbatimOrRefusedClearly(HostileInput.Case c) {
        String name = c.accepted() ? HostileInput.fitted(c, 200) : c.text();
        String username = TestData.unique("h").toLowerCase();
        InviteDraft draft = new InviteDraft(username, name, null, partnership.id(), Role.STAFF, null);
        if (c.accepted()) {
            long id = AsUser.call(adminUser, () -> admin.invite(draft)).userId();
            assertThat(users.findById(id).orElseThrow().displayName()).isEqualTo(name.strip());
        } else {
            assertThatThrownBy(() -> AsUser.call(adminUser, () -> admin.invite(draft)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).contains("displayName"));
            assertThat(users.findByUsername(username)).isEmpty();
        }
    }

    @ParameterizedTest(name = "as a username: {0}")
    @MethodSource("corpus")
    void hostileTextIsNeverAcceptedAsAUsername(HostileInput.Case c) {
        InviteDraft draft = new InviteDraft(c.text(), "Name", null, partnership.id(), Role.STAFF, null);
        assertThatThrownBy(() -> AsUser.call(adminUser, () -> admin.invite(draft)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("username"));
    }
}
