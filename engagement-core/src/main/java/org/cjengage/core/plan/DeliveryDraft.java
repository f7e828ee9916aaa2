package org.cjengage.core.plan;

import org.cjengage.core.common.Checks;

/**
 * What happened with an activity, as staff record it: the status, the actual dates, the Do section (what
 * happened, who took part, how many) and the Review section (lessons, "you said", "we did"). Everything
 * else on the activity is the plan, which only plan editors change.
 */
public record DeliveryDraft(PlanStatus status, java.time.LocalDate actualStart, java.time.LocalDate actualEnd,
                            String doWhatHappened, String doWhoTookPart, Integer doParticipants,
                            String reviewLessons, String reviewYouSaid, String reviewWeDid) {

    public DeliveryDraft {
        status = status == null ? PlanStatus.NOT_STARTED : status;
    }

    /** The delivery part of an existing activity. */
    public static DeliveryDraft of(EngagementActivity activity) {
        VoiceCycle v = activity.voice();
        return new DeliveryDraft(activity.status(), activity.actualStart(), activity.actualEnd(), v.doWhatHappened(),
                v.doWhoTookPart(), v.doParticipants(), v.reviewLessons(), v.reviewYouSaid(), v.reviewWeDid());
    }

    /** The delivery part of a full draft (what an activity form holds). */
    public static DeliveryDraft of(ActivityDraft d) {
        VoiceCycle v = d.voice();
        return new DeliveryDraft(d.status(), d.actualStart(), d.actualEnd(), v.doWhatHappened(), v.doWhoTookPart(),
                v.doParticipants(), v.reviewLessons(), v.reviewYouSaid(), v.reviewWeDid());
    }

    /** The activity's full draft with its delivery part replaced by this one; the plan part is kept. */
    ActivityDraft applyTo(ActivityDraft plan) {
        VoiceCycle v = plan.voice();
        VoiceCycle voice = new VoiceCycle(v.analyseIssue(), v.analyseAffected(), v.analyseInvolved(),
                v.analyseBarriers(), v.planOutcomes(), v.planIndicators(), v.planResources(), v.planTimescale(),
                doWhatHappened, doWhoTookPart, doParticipants, reviewLessons, reviewYouSaid, reviewWeDid);
        return new ActivityDraft(plan.description(), plan.levelCode(), plan.communityCodes(), plan.tagCodes(), status,
                plan.leadPerson(), plan.purposes(), plan.methodCodes(), plan.stageCode(), plan.plannedStart(),
                plan.plannedEnd(), actualStart, actualEnd, voice);
    }

    /** Throws a {@link org.cjengage.core.common.ValidationException} listing every problem. */
    void check() {
        Checks checks = new Checks()
                .text("doWhatHappened", doWhatHappened, VoiceCycle.TEXT_MAX)
                .text("doWhoTookPart", doWhoTookPart, VoiceCycle.TEXT_MAX)
                .text("reviewLessons", reviewLessons, VoiceCycle.TEXT_MAX)
                .text("reviewYouSaid", reviewYouSaid, VoiceCycle.TEXT_MAX)
                .text("reviewWeDid", reviewWeDid, VoiceCycle.TEXT_MAX);
        if (doParticipants != null) {
            checks.that(doParticipants >= 0 && doParticipants <= VoiceCycle.PARTICIPANTS_MAX, "doParticipants",
                    "validation.participants", VoiceCycle.PARTICIPANTS_MAX);
        }
        if (actualStart != null && actualEnd != null) {
            checks.that(!actualEnd.isBefore(actualStart), "actualEnd", "validation.endBeforeStart");
        }
        checks.throwIfAny();
    }
}
