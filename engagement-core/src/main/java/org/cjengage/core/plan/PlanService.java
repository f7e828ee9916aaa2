package org.cjengage.core.plan;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outline action plan: plans and their activities. Reading needs membership of the partnership;
 * changing needs STRATEGY_LEAD or ADMIN there.
 */
@Service
@Transactional
public class PlanService {

    private final ActionPlanRepository plans;
    private final ActivityRepository activities;
    private final AccessGuard access;
    private final ActivityRules rules;
    private final MeterRegistry meters;

    public PlanService(ActionPlanRepository plans, ActivityRepository activities, AccessGuard access,
                       StandardsCatalogue standards, MeterRegistry meters) {
        this.plans = plans;
        this.activities = activities;
        this.access = access;
        this.rules = new ActivityRules(standards);
        this.meters = meters;
    }

    @Transactional(readOnly = true)
    public List<ActionPlan> plansOf(long partnershipId) {
        access.requireMember(partnershipId);
        return plans.findAllByPartnershipIdOrderByPeriodStartDescTitle(partnershipId);
    }

    @Transactional(readOnly = true)
    public ActionPlan plan(long planId) {
        ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        access.requireMember(plan.partnershipId());
        return plan;
    }

    public ActionPlan createPlan(long partnershipId, PlanDraft draft) {
        access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        return plans.save(ActionPlan.create(partnershipId, draft.validate()));
    }

    public ActionPlan updatePlan(long planId, int expectedVersion, PlanDraft draft) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        draft.validate();
        requireVersion(plan.version(), expectedVersion, "plan");
        try {
            return plans.save(plan.revise(draft, expectedVersion));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("plan");
        }
    }

    @Transactional(readOnly = true)
    public List<EngagementActivity> activities(long planId, int offset, int limit) {
        plan(planId);
        int size = Math.max(1, limit);
        return activities.findAllByPlanId(planId, new OffsetPage(offset, size, Sort.by("id")));
    }

    @Transactional(readOnly = true)
    public long countActivities(long planId) {
        plan(planId);
        return activities.countByPlanId(planId);
    }

    @Transactional(readOnly = true)
    public EngagementActivity activity(long activityId) {
        EngagementActivity activity = activities.findById(activityId)
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        access.requireMember(activity.partnershipId());
        return activity;
    }

    public EngagementActivity createActivity(long planId, ActivityDraft draft) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        rules.check(draft);
        EngagementActivity saved = activities.save(EngagementActivity.create(plan, draft));
        meters.counter("activities.planned", "level", draft.levelCode()).increment();
        return saved;
    }

    public EngagementActivity updateActivity(long activityId, int expectedVersion, ActivityDraft draft) {
        EngagementActivity activity = activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        rules.check(draft);
        requireVersion(activity.version(), expectedVersion, "activity");
        try {
            return activities.save(activity.revise(draft, expectedVersion));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("activity");
        }
    }

    public void deleteActivity(long activityId, int expectedVersion) {
        EngagementActivity activity = activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        requireVersion(activity.version(), expectedVersion, "activity");
        try {
            activities.delete(activity);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("activity");
        }
    }

    private static void requireVersion(Integer actual, int expected, String what) {
        if (actual == null || actual != expected) {
            throw new ConcurrentEditException(what);
        }
    }

    /** Offset-based paging for lazy grids (Spring's PageRequest only knows page numbers). */
    record OffsetPage(long offset, int size, Sort sort) implements org.springframework.data.domain.Pageable {
        @Override public int getPageNumber() { return (int) (offset / size); }
        @Override public int getPageSize() { return size; }
        @Override public long getOffset() { return offset; }
        @Override public Sort getSort() { return sort; }
        @Override public org.springframework.data.domain.Pageable next() { return new OffsetPage(offset + size, size, sort); }
        @Override public org.springframework.data.domain.Pageable previousOrFirst() { return new OffsetPage(Math.max(0, offset - size), size, sort); }
        @Override public org.springframework.data.domain.Pageable first() { return new OffsetPage(0, size, sort); }
        @Override public org.springframework.data.domain.Pageable withPage(int pageNumber) { return new OffsetPage((long) pageNumber * size, size, sort); }
        @Override public boolean hasPrevious() { return offset > 0; }
    }
}
