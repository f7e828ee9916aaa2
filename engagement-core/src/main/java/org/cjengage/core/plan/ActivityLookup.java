package org.cjengage.core.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Plans and activities as other features read them, without an access check: the caller has checked access to
 * the partnership first, or serves what it has published (its public page). The repositories stay inside this
 * feature (docs/decisions.md, 2026-12-06 "Feature boundaries").
 */
@Component
public class ActivityLookup {

    private final ActionPlanRepository plans;
    private final ActivityRepository activities;

    public ActivityLookup(ActionPlanRepository plans, ActivityRepository activities) {
        this.plans = plans;
        this.activities = activities;
    }

    public Optional<ActionPlan> plan(long planId) {
        return plans.findById(planId);
    }

    public Optional<EngagementActivity> activity(long activityId) {
        return activities.findById(activityId);
    }

    /** Every activity of the plan. */
    public List<EngagementActivity> activitiesOf(long planId) {
        return activities.findAllByPlanId(planId, Pageable.unpaged());
    }
}
