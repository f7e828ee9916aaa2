package org.cjengage.ui.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.VoiceCycle;

/** Mutable bean behind the activity form's Binder; converts to and from the immutable draft. */
public class ActivityFormModel {

    private String description = "";
    private String levelCode;
    private Set<String> communityCodes = new HashSet<>();
    private Set<String> tagCodes = new HashSet<>();
    private PlanStatus status = PlanStatus.NOT_STARTED;
    private String leadPerson = "";
    private Set<String> purposeCodes = new HashSet<>();
    private Set<ActivityPurpose> existingPurposes = new HashSet<>();
    private Set<String> methodCodes = new HashSet<>();
    private String stageCode;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private final Map<String, String> voiceTexts = new LinkedHashMap<>(VoiceCycle.EMPTY.texts());
    private Integer participants;

    public static ActivityFormModel from(EngagementActivity activity) {
        ActivityDraft d = activity.toDraft();
        ActivityFormModel m = new ActivityFormModel();
        m.description = d.description();
        m.levelCode = d.levelCode();
        m.communityCodes = new HashSet<>(d.communityCodes());
        m.tagCodes = new HashSet<>(d.tagCodes());
        m.status = d.status();
        m.leadPerson = d.leadPerson() == null ? "" : d.leadPerson();
        m.existingPurposes = new HashSet<>(d.purposes());
        m.purposeCodes = d.purposes().stream().map(ActivityPurpose::purposeCode).collect(Collectors.toSet());
        m.methodCodes = new HashSet<>(d.methodCodes());
        m.stageCode = d.stageCode();
        m.plannedStart = d.plannedStart();
        m.plannedEnd = d.plannedEnd();
        m.actualStart = d.actualStart();
        m.actualEnd = d.actualEnd();
        d.voice().texts().forEach((k, v) -> m.voiceTexts.put(k, v == null ? "" : v));
        m.participants = d.voice().doParticipants();
        return m;
    }

    /** Purposes keep the qualifiers they had; newly chosen ones start without. */
    public ActivityDraft toDraft() {
        Set<ActivityPurpose> purposes = purposeCodes.stream()
                .map(code -> existingPurposes.stream().filter(p -> p.purposeCode().equals(code)).findFirst()
                        .orElse(ActivityPurpose.of(code)))
                .collect(Collectors.toSet());
        return new ActivityDraft(description, levelCode, communityCodes, tagCodes, status, leadPerson, purposes,
                methodCodes, stageCode, plannedStart, plannedEnd, actualStart, actualEnd,
                VoiceCycle.of(voiceTexts, participants));
    }

    /** Purposes as typed, with their qualifiers; replaces the chosen purposes. */
    public void setPurposes(Set<ActivityPurpose> purposes) {
        this.existingPurposes = new HashSet<>(purposes);
        this.purposeCodes = purposes.stream().map(ActivityPurpose::purposeCode).collect(Collectors.toSet());
    }

    public Set<ActivityPurpose> getPurposes() {
        return Set.copyOf(existingPurposes);
    }

    public String getVoice(String field) {
        String value = voiceTexts.get(field);
        return value == null ? "" : value;
    }

    public void setVoice(String field, String value) {
        voiceTexts.put(field, value);
    }

    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public Set<String> getCommunityCodes() { return communityCodes; }
    public void setCommunityCodes(Set<String> communityCodes) { this.communityCodes = new HashSet<>(communityCodes); }
    public Set<String> getTagCodes() { return tagCodes; }
    public void setTagCodes(Set<String> tagCodes) { this.tagCodes = new HashSet<>(tagCodes); }
    public PlanStatus getStatus() { return status; }
    public void setStatus(PlanStatus status) { this.status = status; }
    public String getLeadPerson() { return leadPerson; }
    public void setLeadPerson(String leadPerson) { this.leadPerson = leadPerson; }
    public Set<String> getPurposeCodes() { return purposeCodes; }
    public void setPurposeCodes(Set<String> purposeCodes) { this.purposeCodes = new HashSet<>(purposeCodes); }
    public Set<String> getMethodCodes() { return methodCodes; }
    public void setMethodCodes(Set<String> methodCodes) { this.methodCodes = new HashSet<>(methodCodes); }
    public String getStageCode() { return stageCode; }
    public void setStageCode(String stageCode) { this.stageCode = stageCode; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    public LocalDate getActualStart() { return actualStart; }
    public void setActualStart(LocalDate actualStart) { this.actualStart = actualStart; }
    public LocalDate getActualEnd() { return actualEnd; }
    public void setActualEnd(LocalDate actualEnd) { this.actualEnd = actualEnd; }
}
