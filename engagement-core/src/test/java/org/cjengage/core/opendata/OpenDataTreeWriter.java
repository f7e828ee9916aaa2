package org.cjengage.core.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cjengage.core.feedback.FeedbackOpenDataTree;
import org.cjengage.core.participation.ParticipationOpenDataTree;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityMethod;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.SubFocusTag;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.scoring.AssessmentsOpenDataTree;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Test oracle (issue 16): the open-data file as {@code OpenDataService} wrote it before it streamed the file, an
 * {@link OpenDataFile} of records with every activity read first and each extension's part built as a tree, then
 * written by Jackson with the service's settings. The core's own parts are built by their former tree code
 * ({@link FeedbackOpenDataTree}, {@link AssessmentsOpenDataTree}, {@link ParticipationOpenDataTree}); any other
 * extension by its {@link OpenDataExtension#export}. Call it as a member of the partnership.
 */
public final class OpenDataTreeWriter {

    private final ApplicationContext context;
    private final PartnershipService partnerships;
    private final PlanService plans;

    public OpenDataTreeWriter(ApplicationContext context) {
        this.context = context;
        this.partnerships = context.getBean(PartnershipService.class);
        this.plans = context.getBean(PlanService.class);
    }

    /** The file's bytes with the given {@code exportedAt} (the streamed file's, to compare them). */
    public byte[] exportJson(long partnershipId, String exportedAt) {
        return OpenDataService.MAPPER.writeValueAsBytes(export(partnershipId, exportedAt));
    }

    public OpenDataFile export(long partnershipId, String exportedAt) {
        Partnership partnership = partnerships.get(partnershipId);
        OpenDataRefs refs = new OpenDataRefs();
        List<OpenDataFile.PlanData> planData = new ArrayList<>();
        List<ActionPlan> ordered = plans.plansOf(partnershipId).stream()
                .sorted(Comparator.comparing(ActionPlan::periodStart).reversed()
                        .thenComparing(ActionPlan::title).thenComparing(ActionPlan::id)).toList();
        Long pinned = plans.pinnedPlan(partnershipId).orElse(null);
        Map<Long, List<EngagementActivity>> byPlan = new HashMap<>();
        plans.activitiesOfPlans(partnershipId, ordered.stream().map(ActionPlan::id).toList())
                .forEach(a -> byPlan.computeIfAbsent(a.planId(), k -> new ArrayList<>()).add(a));
        int activityNo = 0;
        for (ActionPlan plan : ordered) {
            String planRef = "plan-" + (planData.size() + 1);
            refs.plan(plan.id(), planRef);
            List<OpenDataFile.ActivityData> activityData = new ArrayList<>();
            for (EngagementActivity a : byPlan.getOrDefault(plan.id(), List.of())) {
                String ref = "activity-" + (++activityNo);
                refs.activity(a.id(), ref);
                activityData.add(activity(ref, a));
            }
            planData.add(new OpenDataFile.PlanData(planRef, plan.title(), plan.outcome(), str(plan.periodStart()),
                    str(plan.periodEnd()), plan.id().equals(pinned) ? "true" : null, activityData));
        }
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        context.getBeanProvider(OpenDataExtension.class).orderedStream().forEach(e -> {
            JsonNode part = switch (e.name()) {
                case "feedback" -> FeedbackOpenDataTree.export(context, partnershipId, refs);
                case "assessments" -> AssessmentsOpenDataTree.export(context, partnershipId, refs);
                case "participation" -> ParticipationOpenDataTree.export(context, partnershipId, refs);
                default -> e.export(partnershipId, refs);
            };
            if (part != null) {
                parts.put(e.name(), part);
            }
        });
        return new OpenDataFile(OpenDataFile.SCHEMA_ID, OpenDataFile.SCHEMA_VERSION, exportedAt,
                new OpenDataFile.PartnershipData(partnership.code(), partnership.name(), partnership.area()),
                planData, parts);
    }

    private static OpenDataFile.ActivityData activity(String ref, EngagementActivity a) {
        List<OpenDataFile.PurposeData> purposes = a.purposes().stream()
                .sorted(Comparator.comparing(ActivityPurpose::purposeCode))
                .map(p -> new OpenDataFile.PurposeData(p.purposeCode(), p.who(), p.place(), p.about(), p.how()))
                .toList();
        return new OpenDataFile.ActivityData(ref, a.description(), a.levelCode(), a.status().name(), a.leadPerson(),
                a.stageCode(), str(a.plannedStart()), str(a.plannedEnd()), str(a.actualStart()), str(a.actualEnd()),
                sorted(a.communityCodes()), sorted(a.tags().stream().map(SubFocusTag::tagCode).toList()),
                sorted(a.methods().stream().map(ActivityMethod::methodCode).toList()), purposes, voice(a.voice()));
    }

    private static OpenDataFile.VoiceData voice(VoiceCycle v) {
        if (v == null || v.equals(VoiceCycle.EMPTY)) {
            return null;
        }
        return new OpenDataFile.VoiceData(v.analyseIssue(), v.analyseAffected(), v.analyseInvolved(),
                v.analyseBarriers(), v.planOutcomes(), v.planIndicators(), v.planResources(), v.planTimescale(),
                v.doWhatHappened(), v.doWhoTookPart(), OpenDataValues.str(v.doParticipants()), v.reviewLessons(),
                v.reviewYouSaid(), v.reviewWeDid());
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static String str(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
