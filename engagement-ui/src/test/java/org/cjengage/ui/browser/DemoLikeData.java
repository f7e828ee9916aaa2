package org.cjengage.ui.browser;

import java.util.List;
import java.util.Map;

import org.cjengage.core.demo.DemoContext;
import org.cjengage.core.demo.DemoDataContributor;
import org.cjengage.core.demo.DemoDataLoader;
import org.cjengage.core.demo.DemoUsers;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipRepository;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityRepository;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.testsupport.TestData;

/**
 * A partnership of its own filled like the demo one: the demo plan's twelve activities, then every feature's
 * {@link DemoDataContributor} (assessments, services with observations, published page and statement), with a
 * user per role.
 */
record DemoLikeData(Partnership partnership, ActionPlan plan, List<Long> activityIds, EngagementPrincipal lead,
                    EngagementPrincipal staff, EngagementPrincipal admin, EngagementPrincipal national) {

    static DemoLikeData create(TestData data, PartnershipRepository partnerships, ActivityRepository activities,
                               List<DemoDataContributor> contributors) {
        Partnership partnership = partnerships.save(data.partnership()
                .withCoordinator("Morag Example", "coordinator@example.org"));
        Partnership other = data.partnership();
        ActionPlan plan = data.plan(partnership.id());
        List<Long> activityIds = DemoDataLoader.mainPlanActivities().stream()
                .map(draft -> activities.save(EngagementActivity.create(plan, draft)).id()).toList();
        DemoLikeData result = new DemoLikeData(partnership, plan, activityIds,
                data.user(Role.STRATEGY_LEAD, partnership.id()), data.user(Role.STAFF, partnership.id()),
                data.user(Role.ADMIN, partnership.id()), data.user(Role.NATIONAL_VIEWER, null));
        DemoContext context = new DemoContext(partnership.id(), other.id(), plan.id(), activityIds, Map.of(
                DemoUsers.LEAD, result.lead().userId(), DemoUsers.STAFF, result.staff().userId(),
                DemoUsers.ADMIN, result.admin().userId(), DemoUsers.OTHER_LEAD, result.lead().userId()));
        contributors.stream().sorted(java.util.Comparator.comparingInt(DemoDataContributor::order))
                .forEach(c -> c.contribute(context));
        return result;
    }
}
