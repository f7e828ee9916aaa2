package org.cjengage.core.outputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.PlanPage;
import org.cjengage.core.plan.PlanScope;
import org.cjengage.core.plan.ActivityOutcome;
import org.cjengage.core.plan.ActivityOutcomeSource;
import org.cjengage.core.plan.ActivitySummary;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation statement of a plan: a draft the lead edits (narrative sections; figures always come
 * from the recorded activities) and dated, immutable published versions. Reading needs membership of the
 * partnership; editing and publishing need STRATEGY_LEAD or ADMIN there.
 */
@Service
@Transactional
public class ParticipationStatementService {

    private final PlanService plans;
    private final PartnershipLookup partnerships;
    private final StatementDraftRepository drafts;
    private final PublishedStatementRepository published;
    private final ObjectProvider<ActivityOutcomeSource> outcomeSources;
    private final AccessGuard access;
    private final StatementBuilder builder;
    private final MeterRegistry meters;
    private final Clock clock;

    public ParticipationStatementService(PlanService plans, PartnershipLookup partnerships,
                                         StatementDraftRepository drafts, PublishedStatementRepository published,
                                         ObjectProvider<ActivityOutcomeSource> outcomeSources, AccessGuard access,
                                         StandardsCatalogue standards, DisclosurePolicy disclosure,
                                         MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.partnerships = partnerships;
        this.drafts = drafts;
        this.published = published;
        this.outcomeSources = outcomeSources;
        this.access = access;
        this.builder = new StatementBuilder(standards, OutputsText.english(), disclosure);
        this.meters = meters;
    }

    /** The saved draft, or (version null, not saved) a new one drafted from the plan's activities. */
    @Transactional(readOnly = true)
    public StatementDraft draft(long planId) {
        ActionPlan plan = plans.plan(planId);
        return drafts.findByPlanId(planId).orElseGet(() -> newDraft(plan, partnership(plan)));
    }

    /**
     * What the statement page shows, read in one transaction (issue 16): the plan it is about and the plans to choose
     * from ({@link PlanService#planPage}, with its access check: the named plan, else the partnership's current one),
     * and of that plan the draft (as {@link #draft}), the published versions (as {@link #versions}) and, when
     * {@code withPreview}, the statement as it would be published now, built from that same draft (as
     * {@link #preview}). The plan, the draft and the partnership are each read once.
     */
    @Transactional(readOnly = true)
    public StatementPage page(PlanScope scope, Long partnershipId, boolean withPreview) {
        PlanPage plansPage = plans.planPage(scope, partnershipId);
        ActionPlan plan = plansPage.plan();
        if (plan == null) {
            return new StatementPage(plansPage, null, List.of(), null);
        }
        return read(plansPage, plan, withPreview);
    }

    /** The statement page's reads ({@link #page}): no draft and no versions without a plan; no preview unless asked. */
    public record StatementPage(PlanPage plans, StatementDraft draft, List<PublishedStatement> versions,
                                OutputDocument preview) {
    }

    /**
     * The plan's draft, versions and (when asked) preview; the plan's partnership read once, and only when a new draft
     * or the preview needs it.
     */
    private StatementPage read(PlanPage plansPage, ActionPlan plan, boolean withPreview) {
        Optional<StatementDraft> saved = drafts.findByPlanId(plan.id());
        Partnership partnership = saved.isEmpty() || withPreview ? partnership(plan) : null;
        StatementDraft draft = saved.orElseGet(() -> newDraft(plan, partnership));
        List<PublishedStatement> versions = published.findAllByPlanIdOrderByNumberDesc(plan.id());
        OutputDocument preview = withPreview ? document(plan, partnership, draft, LocalDate.now(clock))
                .dated(OutputDocument.Dated.DRAFT) : null;
        return new StatementPage(plansPage, draft, versions, preview);
    }

    /** A new draft (version null, not saved) drafted from the plan; it names the partnership. */
    private StatementDraft newDraft(ActionPlan plan, Partnership partnership) {
        return StatementDraft.start(plan.partnershipId(), plan.id(),
                OutputsText.english().get("outputs.statement.defaultTitle", plan.title()),
                builder.initialSections(partnership, plan));
    }

    /**
     * Saves the draft. {@code expectedVersion} is the version the editor loaded: null for a draft never
     * saved. Someone else's save in between gives a {@link ConcurrentEditException} and changes nothing.
     */
    public StatementDraft saveDraft(long planId, Integer expectedVersion, StatementDraft.StatementContent content) {
        ActionPlan plan = plans.plan(planId);
        EngagementPrincipal user = access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        content.validate();
        StatementDraft current = drafts.findByPlanId(planId).orElse(null);
        Integer actual = current == null ? null : current.version();
        if (!java.util.Objects.equals(actual, expectedVersion)) {
            throw new ConcurrentEditException("statement");
        }
        StatementDraft base = current != null ? current
                : StatementDraft.start(plan.partnershipId(), planId, content.title(), List.of());
        try {
            return drafts.save(base.revise(content, expectedVersion, user.displayName()));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentEditException("statement");
        }
    }

    /** The statement as it would be published now (draft text, today's figures). */
    @Transactional(readOnly = true)
    public OutputDocument preview(long planId) {
        return read(null, plans.plan(planId), true).preview();
    }

    /**
     * Publishes the saved draft as a new dated version. {@code expectedVersion} is the draft version the
     * lead saw, so nobody publishes text they have not read.
     */
    public PublishedStatement publish(long planId, int expectedVersion) {
        ActionPlan plan = plans.plan(planId);
        EngagementPrincipal user = access.requireRole(plan.partnershipId(), AccessGuard.PLAN_EDITORS);
        StatementDraft draft = drafts.findByPlanId(planId).orElseThrow(() -> new NotFoundException("statement", planId));
        if (draft.version() == null || draft.version() != expectedVersion) {
            throw new ConcurrentEditException("statement");
        }
        LocalDate today = LocalDate.now(clock);
        OutputDocument doc = document(plan, partnership(plan), draft, today);
        int number = published.countByPlanId(planId) + 1;
        try {
            PublishedStatement saved = published.save(new PublishedStatement(null, plan.partnershipId(), planId, number,
                    draft.title(), today, clock.instant(), user.displayName(), DocumentJson.write(doc)));
            meters.counter("outputs.published", "type", "participation-statement").increment();
            return saved;
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("statement");
        }
    }

    /** Published versions of the plan's statement, newest first. */
    @Transactional(readOnly = true)
    public List<PublishedStatement> versions(long planId) {
        plans.plan(planId);
        return published.findAllByPlanIdOrderByNumberDesc(planId);
    }

    @Transactional(readOnly = true)
    public PublishedStatement version(long publishedId) {
        PublishedStatement statement = published.findById(publishedId)
                .orElseThrow(() -> new NotFoundException("statement", publishedId));
        access.requireMember(statement.partnershipId());
        return statement;
    }

    /** The frozen document of a published version. */
    @Transactional(readOnly = true)
    public OutputDocument versionDocument(long publishedId) {
        return DocumentJson.read(version(publishedId).content());
    }

    private OutputDocument document(ActionPlan plan, Partnership partnership, StatementDraft draft, LocalDate date) {
        return meters.timer("outputs.build", "type", "participation-statement")
                .record(() -> build(plan, partnership, draft, date));
    }

    private OutputDocument build(ActionPlan plan, Partnership partnership, StatementDraft draft, LocalDate date) {
        List<ActivitySummary> activities = activitiesOf(plan);
        List<Long> ids = activities.stream().map(ActivitySummary::id).toList();
        List<ActivityOutcome> outcomes = new ArrayList<>();
        outcomeSources.orderedStream().forEach(s -> outcomes.addAll(s.outcomesOf(plan.partnershipId(), ids)));
        return builder.build(partnership, plan, draft.title(), draft.sections(), activities, outcomes, date);
    }

    /**
     * What the statement shows of every activity of the plan (issue 16): one query whatever their number, without the
     * tags, purposes and VOiCE texts the statement does not show.
     */
    private List<ActivitySummary> activitiesOf(ActionPlan plan) {
        return plans.activitySummaries(plan.partnershipId(), List.of(plan.id()));
    }

    private Partnership partnership(ActionPlan plan) {
        return partnerships.findById(plan.partnershipId())
                .orElseThrow(() -> new NotFoundException("partnership", plan.partnershipId()));
    }
}
