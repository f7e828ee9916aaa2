package org.cjengage.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One row of the outline action plan: an engagement activity. */
@Table("engagement_activity")
public record EngagementActivity(
        @Id Long id,
        Long planId,
        Long partnershipId,
        String description,
        String levelCode,
        PlanStatus status,
        String leadPerson,
        String stageCode,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @MappedCollection(idColumn = "activity_id") Set<FocusCommunity> communities,
        @MappedCollection(idColumn = "activity_id") Set<SubFocusTag> tags,
        @MappedCollection(idColumn = "activity_id") Set<ActivityMethod> methods,
        @MappedCollection(idColumn = "activity_id") Set<ActivityPurpose> purposes,
        @Embedded.Empty VoiceCycle voice,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    public EngagementActivity {
        communities = communities == null ? Set.of() : Set.copyOf(communities);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        methods = methods == null ? Set.of() : Set.copyOf(methods);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        voice = voice == null ? VoiceCycle.EMPTY : voice;
    }

    public static EngagementActivity create(ActionPlan plan, ActivityDraft draft) {
        Instant now = Instant.now();
        return fromDraft(null, plan.id(), plan.partnershipId(), draft, null, now, now);
    }

    /** The same activity with every column replaced by the draft; the version is the one the editor loaded. */
    public EngagementActivity revise(ActivityDraft draft, int expectedVersion) {
        return fromDraft(id, planId, partnershipId, draft, expectedVersion, createdAt, Instant.now());
    }

    public ActivityDraft toDraft() {
        return new ActivityDraft(description, levelCode, communityCodes(), tags.stream().map(SubFocusTag::tagCode)
                .collect(Collectors.toSet()), status, leadPerson, purposes, methods.stream()
                .map(ActivityMethod::methodCode).collect(Collectors.toSet()), stageCode, plannedStart, plannedEnd,
                actualStart, actualEnd, voice);
    }

    public Set<String> communityCodes() {
        return communities.stream().map(FocusCommunity::communityCode).collect(Collectors.toSet());
    }

    /** How delivery compares with the plan today (the RAG rule lives in {@link DeliveryStatus}). */
    public DeliveryStatus deliveryStatus(LocalDate today) {
        return DeliveryStatus.of(status, plannedStart, plannedEnd, today);
    }

    private static EngagementActivity fromDraft(Long id, Long planId, Long partnershipId, ActivityDraft d,
                                                Integer version, Instant createdAt, Instant updatedAt) {
        return new EngagementActivity(id, planId, partnershipId, d.description().strip(), d.levelCode(), d.status(),
                blankToNull(d.leadPerson()), d.stageCode(), d.plannedStart(), d.plannedEnd(), d.actualStart(),
                d.actualEnd(),
                d.communityCodes().stream().map(FocusCommunity::new).collect(Collectors.toSet()),
                d.tagCodes().stream().map(SubFocusTag::new).collect(Collectors.toSet()),
                d.methodCodes().stream().map(ActivityMethod::new).collect(Collectors.toSet()),
                d.purposes(), d.voice(), version, createdAt, updatedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
