package org.cjengage.core.plan;

import java.util.Set;

/**
 * An activity as the participation statement counts and lists it (issue 16): its description, level, stage,
 * communities, methods and the number of people who took part, and nothing else (no tags, purposes or VOiCE texts,
 * which the statement does not show). Read set-based with {@link PlanService#activitySummaries}; made from a whole
 * activity with {@link #of(EngagementActivity)}, which gives the same values. Level, stage and participants may be null
 * (not recorded).
 */
public record ActivitySummary(long id, String description, String levelCode, String stageCode,
                              Set<String> communityCodes, Set<String> methodCodes, Integer participants) {

    public ActivitySummary {
        communityCodes = communityCodes == null ? Set.of() : Set.copyOf(communityCodes);
        methodCodes = methodCodes == null ? Set.of() : Set.copyOf(methodCodes);
    }

    /** The summary of a whole activity. */
    public static ActivitySummary of(EngagementActivity a) {
        return new ActivitySummary(a.id(), a.description(), a.levelCode(), a.stageCode(), a.communityCodes(),
                a.methods().stream().map(ActivityMethod::methodCode).collect(java.util.stream.Collectors.toSet()),
                a.voice().doParticipants());
    }

    /** The recorded number of people who took part (none recorded counts 0). */
    public long participantsOrZero() {
        return participants == null ? 0 : participants;
    }
}
