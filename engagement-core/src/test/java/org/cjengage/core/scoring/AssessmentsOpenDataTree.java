package org.cjengage.core.scoring;

import static org.cjengage.core.opendata.OpenDataValues.str;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.cjengage.core.opendata.OpenDataRefs;
import org.cjengage.core.opendata.OpenDataValues;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test oracle (issue 16): the {@code assessments} part built as a tree, the way {@link AssessmentsOpenData} built it
 * before it wrote the part to the file's generator (assessments with their scores as sets, sorted here).
 * {@code OpenDataStreamedFileTest} checks the streamed file against it.
 */
public final class AssessmentsOpenDataTree {

    private AssessmentsOpenDataTree() {
    }

    public static JsonNode export(ApplicationContext context, long partnershipId, OpenDataRefs refs) {
        // the assessments as read before: with their scores in a set, in no particular order
        List<Assessment> read = context.getBean(AssessmentReader.class).ofActivitiesWithSortedScores(partnershipId).stream()
                .map(s -> withScores(s.assessment(), s.scores())).toList();
        Map<String, Integer> activityOrder = new HashMap<>();
        refs.activityIdsByRef().keySet().forEach(ref -> activityOrder.put(ref, activityOrder.size()));
        List<Assessment> all = read.stream()
                .filter(a -> a.activityId() != null && refs.activityRef(a.activityId()).isPresent())
                .sorted(Comparator.comparing((Assessment a) -> activityOrder.get(refs.activityRef(a.activityId()).orElseThrow()))
                        .thenComparing(Assessment::frameworkId).thenComparing(Assessment::stage)
                        .thenComparing(Assessment::id))
                .toList();
        if (all.isEmpty()) {
            return null;
        }
        ObjectNode part = OpenDataValues.object();
        part.put("version", AssessmentsOpenData.PART_VERSION);
        ArrayNode rows = part.putArray("assessments");
        Map<String, Integer> assessors = new HashMap<>();
        int n = 0;
        for (Assessment a : all) {
            int assessor = number(assessors, a.assessorId() + "/" + a.importedAssessor());
            ObjectNode row = rows.addObject();
            row.put("ref", "assessment-" + (++n));
            row.put("activity", refs.activityRef(a.activityId()).orElseThrow());
            row.put("framework", a.frameworkId());
            row.put("frameworkVersion", a.frameworkVersion());
            row.put("stage", a.stage().name());
            row.put("assessor", "assessor-" + assessor);
            row.put("status", a.status().name());
            row.put("submittedAt", str(a.submittedAt()));
            row.put("approvedAt", str(a.approvedAt()));
            row.put("returnReason", a.returnReason());
            ArrayNode scores = row.putArray("scores");
            a.scores().stream().sorted(Comparator.comparing(IndicatorScore::indicatorCode)).forEach(s -> scores.addObject()
                    .put("element", s.elementCode()).put("indicator", s.indicatorCode())
                    .put("value", str(s.value())).put("notApplicable", String.valueOf(s.notApplicable()))
                    .put("evidence", s.evidence()));
        }
        return part;
    }

    private static Assessment withScores(Assessment a, List<IndicatorScore> scores) {
        return new Assessment(a.id(), a.activityId(), a.partnershipId(), a.assessorId(), a.importedAssessor(),
                a.frameworkId(), a.frameworkVersion(), a.stage(), a.status(), new HashSet<>(scores), a.returnReason(),
                a.reviewerId(), a.submittedAt(), a.approvedAt(), a.version(), a.createdAt(), a.updatedAt());
    }

    private static int number(Map<String, Integer> numbers, String assessor) {
        Integer known = numbers.get(assessor);
        if (known == null) {
            known = numbers.size() + 1;
            numbers.put(assessor, known);
        }
        return known;
    }
}
