package org.cjengage.core.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.audit.AuditEntry;
import org.cjengage.core.audit.AuditEntry.EntityType;
import org.cjengage.core.audit.AuditTrail;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.beans.factory.ObjectProvider;
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
    private final AuditTrail audit;
    private final PlanStore store;
    private final Clock clock;
    private final ObjectProvider<PlanDependents> dependents;
    private final ActivityTallies tallies;
    private final ActivityReader reader;

    public PlanService(ActionPlanRepository plans, ActivityRepository activities, AccessGuard access,
                       StandardsCatalogue standards, MeterRegistry meters, AuditTrail audit, PlanStore store,
                       Clock clock, ObjectProvider<PlanDependents> dependents, ActivityTallies tallies,
                       ActivityReader reader) {
        this.reader = reader;
        this.plans = plans;
        this.activities = activities;
        this.access = access;
        this.rules = new ActivityRules(standards);
        this.meters = meters;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.dependents = dependents;
        this.tallies = tallies;
    }

    /**
     * Today as the plan's RAG rule sees it. Reads only the clock: it joins a caller's transaction but never
     * starts one (a transaction here cost three statements per call).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
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

    /**
     * The partnership's current plan ({@link CurrentPlanRule}): what the landing page, plan grid, dashboards,
     * assessments, statement and annual report open on. Empty when the partnership has no plan.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ActionPlan> currentPlan(long partnershipId) {
        access.requireMember(partnershipId);
        return CurrentPlanRule.choose(plans.findAllByPartnershipIdOrderByPeriodStartDescTitle(partnershipId),
                store.pinnedPlan(partnershipId), today());
    }

    /**
     * Everything the plan page needs before its grid, in one transaction: the named plan (and its partnership),
     * or the given partnership's current plan, or "all plans"; with the partnership's plans, the current one and
     * whether it is pinned.
     *
     * @param scope         the plan parameter of the page
     * @param partnershipId the partnership to show when the scope names no plan (null: none)
     */
    @Transactional(readOnly = true)
    public PlanPage planPage(PlanScope scope, Long partnershipId) {
        ActionPlan named = scope.planId() == null ? null : plan(scope.planId());
        Long shown = named != null ? Long.valueOf(named.partnershipId()) : partnershipId;
        if (shown == null) {
            access.requireUser();
            return PlanPage.none();
        }
        access.requireMember(shown);
        List<ActionPlan> choices = plans.findAllByPartnershipIdOrderByPeriodStartDescTitle(shown);
        Long pin = store.pinnedPlan(shown);
        ActionPlan current = CurrentPlanRule.choose(choices, pin, today()).orElse(null);
        ActionPlan listed = scope.all() ? null : named != null ? named : current;
        return new PlanPage(shown, listed, scope.all(), choices, current == null ? null : current.id(),
                current != null && pin != null && pin.equals(current.id()));
    }

    /**
     * The current plan of every partnership the caller may read, by partnership id (partnerships without a
     * plan are left out): what the national dashboard counts.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ActionPlan> currentPlans() {
        access.requireUser();
        org.cjengage.core.security.PartnershipScope readable = access.readablePartnerships();
        java.util.Map<Long, Long> pins = store.pins();
        java.util.Map<Long, List<ActionPlan>> byPartnership = new java.util.LinkedHashMap<>();
        for (ActionPlan p : plans.findAllByOrderByPartnershipIdAscPeriodStartDesc()) {
            if (readable.includes(p.partnershipId())) {
                byPartnership.computeIfAbsent(p.partnershipId(), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        LocalDate today = today();
        java.util.Map<Long, ActionPlan> current = new java.util.LinkedHashMap<>();
        byPartnership.forEach((partnershipId, list) -> CurrentPlanRule.choose(list, pins.get(partnershipId), today)
                .ifPresent(p -> current.put(partnershipId, p)));
        return current;
    }

    /**
     * The plans a scope covers in a partnership: its current plan (none if it has no plan), the named plan
     * (which must belong to the partnership), or every plan, newest period first.
     */
    @Transactional(readOnly = true)
    public List<ActionPlan> plansIn(long partnershipId, PlanScope scope) {
        if (scope.all()) {
            return plansOf(partnershipId);
        }
        if (scope.planId() != null) {
            ActionPlan one = plan(scope.planId());
            if (one.partnershipId() != partnershipId) {
                throw new NotFoundException("plan", scope.planId());
            }
            return List.of(one);
        }
        return currentPlan(partnershipId).map(List::of).orElse(List.of());
    }

    /** The plan a lead pinned as current, if any (otherwise the current plan follows the dates). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> pinnedPlan(long partnershipId) {
        access.requireMember(partnershipId);
        return java.util.Optional.ofNullable(store.pinnedPlan(partnershipId));
    }

    /**
     * Pins a plan of the partnership as its current plan; {@code null} follows the dates again. Recorded in
     * the plan's history (field {@value #CURRENT_FIELD}: {@value #PINNED} / {@value #FOLLOWS_DATES}) on the
     * plan pinned and on the plan that was pinned before.
     */
    public void pinCurrentPlan(long partnershipId, Long planId) {
        access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        ActionPlan pinned = planId == null ? null : plan(planId);
        if (pinned != null && pinned.partnershipId() != partnershipId) {
            throw new NotFoundException("plan", planId);
        }
        Long before = store.pinnedPlan(partnershipId);
        if (java.util.Objects.equals(before, planId)) {
            return;
        }
        store.pin(partnershipId, planId);
        if (before != null) {
            plans.findById(before).ifPresent(old -> audit.changed(subject(old),
                    java.util.Map.of(CURRENT_FIELD, PINNED), java.util.Map.of(CURRENT_FIELD, FOLLOWS_DATES)));
        }
        if (pinned != null) {
            audit.changed(subject(pinned), java.util.Map.of(CURRENT_FIELD, FOLLOWS_DATES),
                    java.util.Map.of(CURRENT_FIELD, PINNED));
        }
    }

    /** Audit field and values of a pin ({@link #pinCurrentPlan}). */
    public static final String CURRENT_FIELD = "currentPlan";
    public static final String PINNED = "PINNED";
    public static final String FOLLOWS_DATES = "FOLLOWS_DATES";

    public ActionPlan createPlan(long partnershipId, PlanDraft draft) {
        access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        ActionPlan saved = plans.save(ActionPlan.create(partnershipId, draft.validate()));
        audit.created(subject(saved), saved.title());
        return saved;
    }

    /**
     * A new plan for another period with a copy of every activity: status back to Not started, actual
     * dates and the Do and Review parts emptied, planned dates moved by the distance between the two
     * period starts and kept inside the new period ({@link PlanCopy}).
     */
    public ActionPlan copyPlan(long planId, PlanDraft target) {
        ActionPlan source = plan(planId);
        access.requireRole(source.partnershipId(), AccessGuard.PLAN_EDITORS);
        ActionPlan copy = createPlan(source.partnershipId(), target);
        long shift = ChronoUnit.DAYS.between(source.periodStart(), target.periodStart());
        List<ActivityDraft> drafts = store.content(planId).stream()
                .map(d -> PlanCopy.forNewPeriod(d, shift, target.periodStart(), target.periodEnd())).toList();
        addAll(copy, drafts);
        return copy;
    }


    /**
     * Adds many activities to a plan at once (imports of other features, e.g. open data): each checked against
     * the rules, inserted in bulk with one audit-trail entry each, all or none. Returns the new ids in the order
     * of the drafts.
     */
    public List<Long> addActivities(long planId, List<ActivityDraft> drafts) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        drafts.forEach(rules::check);
        return addAll(plan, drafts);
    }

    /** Adds checked drafts in bulk, with one audit entry each; used by copy and import. */
    List<Long> addAll(ActionPlan plan, List<ActivityDraft> drafts) {
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        tallies.lock(plan.id());
        List<Long> ids = store.insertAll(plan, drafts);
        audit.createdAll(ids.stream().map(id -> new AuditTrail.Subject(plan.partnershipId(), plan.id(),
                EntityType.ACTIVITY, id)).toList(), drafts.stream().map(ActivityDraft::description).toList());
        meters.counter("activities.imported").increment(ids.size());
        tallies.recompute(plan.id());
        return ids;
    }

    /**
     * What deleting the plan would delete with it (activities, a statement draft, assessments not yet approved)
     * and what forbids it (a published participation statement, approved assessments of its activities).
     */
    @Transactional(readOnly = true)
    public DeletionImpact planDeletion(long planId) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        return DeletionImpact.of(activities.countByPlanId(planId),
                dependents.orderedStream().flatMap(d -> d.ofPlan(planId).stream()).toList());
    }

    /**
     * Deletes the plan, all its activities and the records {@link #planDeletion} lists with them; refuses with
     * {@link DeletionRefusedException} (nothing deleted) when a record forbids it.
     */
    public void deletePlan(long planId, int expectedVersion) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        requireVersion(plan.version(), expectedVersion, "plan");
        tallies.lock(planId); // the plan's tallies go with it (foreign keys)
        planDeletion(planId).refuseIfBlocked();
        dependents.orderedStream().forEach(d -> d.deleteWithPlan(planId));
        int removed = activities.deleteAllByPlanId(planId);
        audit.deleted(subject(plan), plan.title() + " (" + removed + ")");
        plans.delete(plan);
    }

    public ActionPlan updatePlan(long planId, int expectedVersion, PlanDraft draft) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        draft.validate();
        requireVersion(plan.version(), expectedVersion, "plan");
        try {
            ActionPlan saved = plans.save(plan.revise(draft, expectedVersion));
            audit.changed(subject(plan), AuditFields.of(plan), AuditFields.of(saved));
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("plan");
        }
    }

    /** A page of the plan's activities in id order, read set-based (five queries whatever the page's size). */
    @Transactional(readOnly = true)
    public List<EngagementActivity> activities(long planId, int offset, int limit) {
        plan(planId);
        return reader.page(planId, Math.max(0, offset), Math.max(1, limit));
    }

    /**
     * Every activity of the partnership's given plans (ids of plans of other partnerships match nothing), in id
     * order, read with one query per table whatever their number: what the outputs (statement, open data) read.
     */
    @Transactional(readOnly = true)
    public List<EngagementActivity> activitiesOfPlans(long partnershipId, java.util.Collection<Long> planIds) {
        access.requireMember(partnershipId);
        return reader.ofPlans(partnershipId, planIds, null, null);
    }

    /**
     * Every activity of the partnership's given plans handed to {@code each} one at a time as it is read, in the order
     * of {@code planIds} and within a plan in id order (ids of plans of other partnerships match nothing): what the
     * open-data file writes (issue 16), without holding every activity at once. One query per table whatever their
     * number.
     */
    @Transactional(readOnly = true)
    public void eachActivityOfPlans(long partnershipId, java.util.List<Long> planIds,
                                    java.util.function.Consumer<EngagementActivity> each) {
        access.requireMember(partnershipId);
        reader.eachOfPlans(partnershipId, planIds, each);
    }

    /**
     * What the participation statement shows of the activities of the partnership's given plans, in id order (issue 16):
     * {@link ActivitySummary}, one query whatever their number, without the texts and collections it does not show.
     */
    @Transactional(readOnly = true)
    public List<ActivitySummary> activitySummaries(long partnershipId, java.util.Collection<Long> planIds) {
        access.requireMember(partnershipId);
        return reader.summaries(partnershipId, planIds);
    }

    /**
     * The activities of the partnership's given plans that took place (or were planned to) in {@code from..to}: their
     * actual dates, else their planned dates, overlap it (the annual report's rule, {@code AnnualReportBuilder.inPeriod}).
     * Only those rows are read, with one query per table.
     */
    @Transactional(readOnly = true)
    public List<EngagementActivity> activitiesInPeriod(long partnershipId, java.util.Collection<Long> planIds,
                                                       LocalDate from, LocalDate to) {
        access.requireMember(partnershipId);
        return reader.ofPlans(partnershipId, planIds, from, to);
    }

    /** How many activities of the partnership's given plans have no date at all (they belong to no period). */
    @Transactional(readOnly = true)
    public long countUndatedActivities(long partnershipId, java.util.Collection<Long> planIds) {
        access.requireMember(partnershipId);
        return reader.countUndated(partnershipId, planIds);
    }

    /**
     * One page of the plan grid: filtered, searched and sorted in the database. One query for the plan's
     * partnership (the access check) and one for the page, without a transaction of its own: the page is one
     * consistent read.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public List<ActivityRow> findActivities(long planId, ActivityQuery query, long offset, int limit) {
        access.requireMember(partnershipOfPlan(planId));
        return store.search(planId, query, today(), offset, Math.max(1, Math.min(limit, 500)));
    }

    /** How many activities of the plan the query finds: two queries, like {@link #findActivities}. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public long countActivities(long planId, ActivityQuery query) {
        access.requireMember(partnershipOfPlan(planId));
        return store.count(planId, query, today());
    }

    private long partnershipOfPlan(long planId) {
        access.requireUser();
        Long partnershipId = store.partnershipOfPlan(planId);
        if (partnershipId == null) {
            throw new NotFoundException("plan", planId);
        }
        return partnershipId;
    }

    /**
     * One page of the plan grid in "all plans" mode: the activities of every plan of the partnership, with
     * the same filters, search and sorting as {@link #findActivities}.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public List<ActivityRow> findActivitiesOfAllPlans(long partnershipId, ActivityQuery query, long offset, int limit) {
        access.requireMember(partnershipId);
        return store.search(PlanStore.Scope.PARTNERSHIP, partnershipId, query, today(), offset,
                Math.max(1, Math.min(limit, 500)));
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public long countActivitiesOfAllPlans(long partnershipId, ActivityQuery query) {
        access.requireMember(partnershipId);
        return store.count(PlanStore.Scope.PARTNERSHIP, partnershipId, query, today());
    }

    /** Every activity of the plan as drafts, in the order they were added (export, comparison). */
    @Transactional(readOnly = true)
    public List<ActivityDraft> planContent(long planId) {
        plan(planId);
        return store.content(planId);
    }

    /** The audit history of an activity, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> activityHistory(long activityId) {
        activityPartnership(activityId);
        return audit.history(EntityType.ACTIVITY, activityId, 500);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> planHistory(long planId) {
        plan(planId);
        return audit.history(EntityType.PLAN, planId, 500);
    }

    @Transactional(readOnly = true)
    public long countActivities(long planId) {
        plan(planId);
        return activities.countByPlanId(planId);
    }

    /**
     * The partnership of the activity, as the database has it now, after checking that the caller may read it: for
     * services that check access to an activity but need nothing else of it (the activity itself is five statements).
     */
    @Transactional(readOnly = true)
    public long activityPartnership(long activityId) {
        long partnershipId = activities.findPartnershipIdById(activityId)
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        access.requireMember(partnershipId);
        return partnershipId;
    }

    @Transactional(readOnly = true)
    public EngagementActivity activity(long activityId) {
        // two statements, not the repository's five (ActivityReader.one; the same aggregate, PlanServiceTest)
        EngagementActivity activity = reader.one(activityId)
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        access.requireMember(activity.partnershipId());
        return activity;
    }

    /** The activity and its plan, read in one transaction (the activity's page shows both); as {@link #activity}. */
    @Transactional(readOnly = true)
    public ActivityInPlan activityInPlan(long activityId) {
        EngagementActivity activity = activity(activityId);
        ActionPlan plan = plans.findById(activity.planId())
                .orElseThrow(() -> new NotFoundException("plan", activity.planId()));
        return new ActivityInPlan(activity, plan);
    }

    public EngagementActivity createActivity(long planId, ActivityDraft draft) {
        ActionPlan plan = plan(planId);
        access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        rules.check(draft);
        tallies.lock(planId);
        EngagementActivity saved = activities.save(EngagementActivity.create(plan, draft));
        tallies.recompute(planId);
        audit.created(subject(saved), saved.description());
        meters.counter("activities.planned", "level", draft.levelCode()).increment();
        return saved;
    }

    public EngagementActivity updateActivity(long activityId, int expectedVersion, ActivityDraft draft) {
        EngagementActivity activity = activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        rules.check(draft);
        requireVersion(activity.version(), expectedVersion, "activity");
        tallies.lock(activity.planId());
        try {
            EngagementActivity saved = store.update(activity, activity.revise(draft, expectedVersion));
            tallies.recompute(activity.planId());
            audit.changed(subject(activity), AuditFields.of(activity.toDraft()), AuditFields.of(saved.toDraft()));
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("activity");
        }
    }

    /**
     * Records what happened with an activity: its status, actual dates and the Do and Review sections
     * ({@link DeliveryDraft}). Allowed to {@link AccessGuard#DELIVERY_RECORDERS} (STAFF included); the plan
     * columns stay as they are. One audit entry per changed field.
     */
    public EngagementActivity recordDelivery(long activityId, int expectedVersion, DeliveryDraft delivery) {
        EngagementActivity activity = activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.DELIVERY_RECORDERS);
        delivery.check();
        requireVersion(activity.version(), expectedVersion, "activity");
        ActivityDraft before = activity.toDraft();
        tallies.lock(activity.planId());
        try {
            EngagementActivity saved = store.update(activity, activity.revise(delivery.applyTo(before), expectedVersion));
            tallies.recompute(activity.planId());
            audit.changed(subject(activity), AuditFields.of(before), AuditFields.of(saved.toDraft()));
            meters.counter("activities.delivery.recorded", "status", saved.status().name()).increment();
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("activity");
        }
    }

    /**
     * Whether the caller may record delivery in the partnership (for showing fields; the service still checks). Asks
     * only the access check: it joins a caller's transaction but never starts one (an empty one is three statements).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public boolean canRecordDelivery(long partnershipId) {
        return access.hasRole(partnershipId, AccessGuard.DELIVERY_RECORDERS);
    }

    /** Whether the caller may change the plan columns in the partnership (for showing fields); as {@link #canRecordDelivery}. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public boolean canEditPlan(long partnershipId) {
        return access.hasRole(partnershipId, AccessGuard.PLAN_EDITORS);
    }

    /** What deleting the activity would delete with it (assessments not yet approved) and what forbids it. */
    @Transactional(readOnly = true)
    public DeletionImpact activityDeletion(long activityId) {
        EngagementActivity activity = activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        return DeletionImpact.of(0, dependents.orderedStream().flatMap(d -> d.ofActivity(activityId).stream()).toList());
    }

    /**
     * Deletes the activity and the records {@link #activityDeletion} lists with it; refuses with
     * {@link DeletionRefusedException} (nothing deleted) when a record forbids it, e.g. an approved assessment.
     */
    public void deleteActivity(long activityId, int expectedVersion) {
        EngagementActivity activity = activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        requireVersion(activity.version(), expectedVersion, "activity");
        activityDeletion(activityId).refuseIfBlocked();
        tallies.lock(activity.planId());
        try {
            dependents.orderedStream().forEach(d -> d.deleteWithActivity(activityId));
            activities.delete(activity);
            tallies.recompute(activity.planId());
            audit.deleted(subject(activity), activity.description());
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("activity");
        }
    }

    private static AuditTrail.Subject subject(ActionPlan p) {
        return new AuditTrail.Subject(p.partnershipId(), p.id(), EntityType.PLAN, p.id());
    }

    private static AuditTrail.Subject subject(EngagementActivity a) {
        return new AuditTrail.Subject(a.partnershipId(), a.planId(), EntityType.ACTIVITY, a.id());
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
