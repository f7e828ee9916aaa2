package org.cjengage.core.testsupport;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActionPlanRepository;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.security.AccountPasswords;
import org.springframework.stereotype.Component;

/**
 * Creates test records directly through repositories (no access checks), each with unique names so
 * tests sharing one database never see each other's rows.
 */
@Component
public class TestData {

    public static final String PASSWORD = "test-password-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PartnershipRepository partnerships;
    private final UserRepository users;
    private final ActionPlanRepository plans;
    private final ActivityRepository activities;
    private final AccountPasswords passwordEncoder;
    private final org.cjengage.core.plan.ActivityTallies tallies;

    public TestData(PartnershipRepository partnerships, UserRepository users, ActionPlanRepository plans,
                    ActivityRepository activities, AccountPasswords passwordEncoder,
                    org.cjengage.core.plan.ActivityTallies tallies) {
        this.tallies = tallies;
        this.partnerships = partnerships;
        this.users = users;
        this.plans = plans;
        this.activities = activities;
        this.passwordEncoder = passwordEncoder;
    }

    private volatile String encoded;

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public Partnership partnership() {
        String code = unique("P");
        return partnerships.save(Partnership.create(code, "Partnership " + code, "Test area"));
    }

    public EngagementPrincipal user(Role role, Long partnershipId) {
        Membership membership = partnershipId == null ? Membership.national(role) : Membership.in(partnershipId, role);
        return userWith(Set.of(membership));
    }

    public EngagementPrincipal userWith(Set<Membership> memberships) {
        String username = unique("user").toLowerCase();
        AppUser user = users.save(AppUser.create(username, "User " + username, username + "@example.org",
                encodedPassword(), memberships));
        return EngagementPrincipal.of(user);
    }

    /**
     * The hash of {@link #PASSWORD}, made once per run: Argon2id is slow on purpose, and test users do not need a
     * salt of their own.
     */
    private String encodedPassword() {
        String hash = encoded;
        if (hash == null) {
            hash = passwordEncoder.encode(PASSWORD);
            encoded = hash;
        }
        return hash;
    }

    public ActionPlan plan(long partnershipId) {
        return plans.save(ActionPlan.create(partnershipId, new PlanDraft(unique("Plan"), "An outcome",
                LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))));
    }

    /** Saved through the repository, then counted in the plans' read model as the service's writes are. */
    public EngagementActivity activity(ActionPlan plan, String description) {
        EngagementActivity saved = activities.save(EngagementActivity.create(plan,
                ActivityDraft.of(description, "CONSULT", Set.of("VICTIMS"))));
        tallies.recomputeAll(java.util.List.of(plan.id()));
        return saved;
    }
}
