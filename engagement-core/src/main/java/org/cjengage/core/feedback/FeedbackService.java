package org.cjengage.core.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous feedback from the people who took part in an activity (docs/feedback.md). A strategy lead opens a
 * public link for an activity; anyone with the link may answer the questionnaire without an account; a lead
 * accepts or rejects each response before it counts anywhere; accepted text can be quoted into the
 * activity's "you said".
 */
@Service
@Transactional
public class FeedbackService {

    /** What a submission came to. A honeypot hit looks like success to the sender and stores nothing. */
    public enum Outcome { RECEIVED, DISCARDED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedbackStore store;
    private final PlanService plans;
    private final AccessGuard access;
    private final DisclosurePolicy disclosure;
    private final StandardsCatalogue standards;
    private final Questionnaire questionnaire;
    private final Clock clock;
    private final MeterRegistry meters;
    private final SubmissionThrottle throttle;

    public FeedbackService(FeedbackStore store, PlanService plans, AccessGuard access, DisclosurePolicy disclosure,
                           StandardsCatalogue standards, Questionnaire feedbackQuestionnaire, Clock clock,
                           MeterRegistry meters, FeedbackProperties properties) {
        this.store = store;
        this.plans = plans;
        this.access = access;
        this.disclosure = disclosure;
        this.standards = standards;
        this.questionnaire = feedbackQuestionnaire;
        this.clock = clock;
        this.meters = meters;
        this.throttle = new SubmissionThrottle(clock, properties.perAddressLimit(), properties.perLinkLimit(),
                properties.rateWindow());
    }

    /** The activity's link, if feedback was ever switched on; members of the partnership only. */
    @Transactional(readOnly = true)
    public Optional<FeedbackLink> link(long activityId) {
        plans.activity(activityId);
        return store.linkOf(activityId);
    }

    /** Switches feedback on (a new link the first time, the same link again after closing). */
    public FeedbackLink open(long activityId) {
        EngagementActivity activity = plans.activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        Optional<FeedbackLink> existing = store.linkOf(activityId);
        if (existing.isEmpty()) {
            store.insertLink(new FeedbackLink(activityId, activity.partnershipId(), newToken(), true,
                    questionnaire.id(), questionnaire.version(), 0));
        } else if (!existing.get().open()) {
            change(activityId, true, existing.get().version());
        }
        return store.linkOf(activityId).orElseThrow();
    }

    /** Whether the caller may open and close the activity's link and moderate its responses. */
    @Transactional(readOnly = true)
    public boolean canManage(long activityId) {
        return access.hasRole(plans.activity(activityId).partnershipId(), AccessGuard.PLAN_EDITORS);
    }

    /** Closes the link: the form answers "not available" until it is opened again. */
    public FeedbackLink close(long activityId, int expectedVersion) {
        EngagementActivity activity = plans.activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        change(activityId, false, expectedVersion);
        return store.linkOf(activityId).orElseThrow();
    }

    private void change(long activityId, boolean open, int expectedVersion) {
        if (store.setOpen(activityId, open, expectedVersion) == 0) {
            throw new ConcurrentEditException("feedback");
        }
    }

    /** The form behind a link; empty when the link is unknown or closed. Needs no account. */
    @Transactional(readOnly = true)
    public Optional<PublicForm> publicForm(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return store.publicContext(token).map(c -> new PublicForm(token, c[0], c[1], questionnaire,
                standards.vocabulary(StandardIds.COMMUNITY_TYPES).terms()));
    }

    /**
     * Takes one response. Needs no account. {@code address} is the sender's network address, used only for the
     * in-memory rate limit and never stored; {@code honeypot} is the hidden field people never fill in.
     */
    public Outcome submit(String token, Map<String, String> answers, String honeypot, String address) {
        FeedbackLink link = wellFormed(token) ? store.linkByToken(token).filter(FeedbackLink::open).orElse(null) : null;
        if (link == null) {
            throw new DomainException("feedback.unavailable");
        }
        if (!throttle.tryAcquire(address, token)) {
            meters.counter("feedback.throttled").increment();
            throw new DomainException("feedback.tooMany");
        }
        if (honeypot != null && !honeypot.isBlank()) {
            meters.counter("feedback.discarded").increment();
            return Outcome.DISCARDED;
        }
        List<Answer> parsed = parse(answers);
        store.insertResponse(link, LocalDate.now(clock), parsed);
        meters.counter("feedback.received").increment();
        return Outcome.RECEIVED;
    }

    private List<Answer> parse(Map<String, String> raw) {
        Checks checks = new Checks();
        List<Answer> answers = new ArrayList<>();
        raw.keySet().stream().filter(code -> questionnaire.question(code).isEmpty())
                .forEach(code -> checks.add(new org.cjengage.core.common.Violation("form", "feedback.unknownQuestion")));
        for (Question q : questionnaire.questions()) {
            String value = raw.get(q.code());
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            switch (q.kind()) {
                case SCALE -> {
                    Integer score = parseScore(value);
                    if (score == null || score < q.min() || score > q.max()) {
                        checks.add(new org.cjengage.core.common.Violation(q.code(), "feedback.scoreRange", q.min(), q.max()));
                    } else {
                        answers.add(new Answer(q.code(), score, null, null));
                    }
                }
                case TEXT -> {
                    checks.text(q.code(), value, q.maxLength());
                    answers.add(new Answer(q.code(), null, value, null));
                }
                case COMMUNITY -> {
                    String code = value;
                    checks.that(standards.vocabulary(StandardIds.COMMUNITY_TYPES).contains(code), q.code(),
                            "feedback.unknownCommunity");
                    answers.add(new Answer(q.code(), null, null, code));
                }
            }
        }
        checks.that(!answers.isEmpty() || !checks.ok(), "form", "feedback.empty");
        checks.throwIfAny();
        return answers;
    }

    private static Integer parseScore(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Responses of an activity in one state, oldest first; leads and admins only (they moderate). */
    @Transactional(readOnly = true)
    public List<FeedbackResponse> responses(long activityId, ResponseStatus status) {
        EngagementActivity activity = plans.activity(activityId);
        access.requireRole(activity.partnershipId(), AccessGuard.PLAN_EDITORS);
        return store.responsesOf(activityId, status);
    }

    public void accept(long responseId, int expectedVersion) {
        moderate(responseId, expectedVersion, ResponseStatus.ACCEPTED);
    }

    public void reject(long responseId, int expectedVersion) {
        moderate(responseId, expectedVersion, ResponseStatus.REJECTED);
    }

    private void moderate(long responseId, int expectedVersion, ResponseStatus status) {
        FeedbackResponse response = store.response(responseId)
                .orElseThrow(() -> new NotFoundException("feedback", responseId));
        EngagementPrincipal user = access.requireRole(response.partnershipId(), AccessGuard.PLAN_EDITORS);
        if (store.moderate(responseId, expectedVersion, status, user.userId()) == 0) {
            throw new ConcurrentEditException("feedback");
        }
        meters.counter("feedback.moderated", "status", status.name()).increment();
    }

    /**
     * Adds an accepted text answer to the activity's "you said", in quotation marks on a line of its own, through
     * the plan service (so it is audited and optimistic locking applies).
     */
    public EngagementActivity quoteInYouSaid(long responseId, String questionCode, int activityVersion) {
        FeedbackResponse response = store.response(responseId)
                .orElseThrow(() -> new NotFoundException("feedback", responseId));
        access.requireRole(response.partnershipId(), AccessGuard.PLAN_EDITORS);
        String text = response.status() == ResponseStatus.ACCEPTED
                ? response.answer(questionCode).map(Answer::text).orElse(null) : null;
        if (text == null) {
            throw new DomainException("feedback.notQuotable");
        }
        EngagementActivity activity = plans.activity(response.activityId());
        ActivityDraft d = activity.toDraft();
        VoiceCycle v = d.voice();
        String quote = "\u201C" + text + "\u201D";
        String youSaid = v.reviewYouSaid() == null ? quote : v.reviewYouSaid() + "\n" + quote;
        Map<String, String> texts = new java.util.LinkedHashMap<>(v.texts());
        texts.put("reviewYouSaid", youSaid);
        ActivityDraft changed = new ActivityDraft(d.description(), d.levelCode(), d.communityCodes(), d.tagCodes(),
                d.status(), d.leadPerson(), d.purposes(), d.methodCodes(), d.stageCode(), d.plannedStart(),
                d.plannedEnd(), d.actualStart(), d.actualEnd(), VoiceCycle.of(texts, v.doParticipants()));
        return plans.updateActivity(activity.id(), activityVersion, changed);
    }

    /** The activity's accepted feedback as the caller may see it. */
    @Transactional(readOnly = true)
    public FeedbackSummary summary(long activityId) {
        long partnershipId = plans.activityPartnership(activityId);
        Audience audience = access.audienceFor(partnershipId);
        boolean moderator = access.hasRole(partnershipId, AccessGuard.PLAN_EDITORS);
        return summarise(List.of(activityId), audience, moderator);
    }

    /**
     * Accepted feedback over some activities of one partnership, as {@code audience} may see it. No access check,
     * so not public: {@link #summary(long)} checks access and decides the audience first.
     */
    @Transactional(readOnly = true)
    FeedbackSummary summarise(Collection<Long> activityIds, Audience audience, boolean withPending) {
        FeedbackStore.Tally tally = store.tally(activityIds);
        Figure respondents = disclosure.people(tally.respondents(), audience);
        List<FeedbackSummary.QuestionSummary> questions = questionnaire.questions().stream()
                .filter(q -> q.kind() == Question.Kind.SCALE)
                .map(q -> {
                    Figure answered = disclosure.people(tally.answered(q.code()), audience);
                    Double mean = tally.mean(q.code(), disclosure, audience);
                    return new FeedbackSummary.QuestionSummary(q.code(), q.text(), q.min(), q.max(), mean, answered);
                }).toList();
        long pending = withPending ? store.countPending(activityIds) : 0;
        return new FeedbackSummary(respondents, questions, pending);
    }

    /** Activities of a partnership with responses waiting for moderation, most waiting first; leads only. */
    @Transactional(readOnly = true)
    public List<PendingFeedback> pendingByActivity(long partnershipId) {
        access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        return store.pendingByActivity(partnershipId).entrySet().stream()
                .map(e -> new PendingFeedback(e.getKey(), plans.activity(e.getKey()).description(), e.getValue()))
                .toList();
    }

    /** An activity with responses waiting for moderation. */
    public record PendingFeedback(long activityId, String description, long pending) {
    }

    /** The open feedback links of a plan's activities (for the printable plan); members of the partnership. */
    @Transactional(readOnly = true)
    public List<OpenLink> openLinks(long planId) {
        plans.plan(planId);
        return store.openLinksOfPlan(planId).stream()
                .map(r -> new OpenLink(Long.parseLong(r[0]), r[1], r[2])).toList();
    }

    /** An activity whose feedback form is open, with the link's token. */
    public record OpenLink(long activityId, String description, String token) {
    }

    /** The questionnaire in use. */
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
