package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.Set;

/** Every column of the outline action plan for one activity, as typed by a user or read from an import. */
public record ActivityDraft(String description, String levelCode, Set<String> communityCodes, Set<String> tagCodes,
                            PlanStatus status, String leadPerson, Set<ActivityPurpose> purposes,
                            Set<String> methodCodes, String stageCode, LocalDate plannedStart, LocalDate plannedEnd,
                            LocalDate actualStart, LocalDate actualEnd, VoiceCycle voice) {

    public static final int DESCRIPTION_MAX = 2000;
    public static final int LEAD_MAX = 200;
    public static final int QUALIFIER_MAX = 500;

    public ActivityDraft {
        communityCodes = communityCodes == null ? Set.of() : Set.copyOf(communityCodes);
        tagCodes = tagCodes == null ? Set.of() : Set.copyOf(tagCodes);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        methodCodes = methodCodes == null ? Set.of() : Set.copyOf(methodCodes);
        status = status == null ? PlanStatus.NOT_STARTED : status;
        voice = voice == null ? VoiceCycle.EMPTY : voice;
    }

    /** Every outline-plan column, with an empty VOiCE cycle. */
    public ActivityDraft(String description, String levelCode, Set<String> communityCodes, Set<String> tagCodes,
                         PlanStatus status, String leadPerson, Set<ActivityPurpose> purposes, Set<String> methodCodes,
                         String stageCode, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                         LocalDate actualEnd) {
        this(description, levelCode, communityCodes, tagCodes, status, leadPerson, purposes, methodCodes, stageCode,
                plannedStart, plannedEnd, actualStart, actualEnd, VoiceCycle.EMPTY);
    }

    public ActivityDraft withVoice(VoiceCycle newVoice) {
        return new ActivityDraft(description, levelCode, communityCodes, tagCodes, status, leadPerson, purposes,
                methodCodes, stageCode, plannedStart, plannedEnd, actualStart, actualEnd, newVoice);
    }

    /** A minimal draft: description, level and communities. */
    public static ActivityDraft of(String description, String levelCode, Set<String> communityCodes) {
        return new ActivityDraft(description, levelCode, communityCodes, Set.of(), PlanStatus.NOT_STARTED, null,
                Set.of(), Set.of(), null, null, null, null, null, VoiceCycle.EMPTY);
    }
}
