package org.cjengage.core.scoring;

import static org.cjengage.core.opendata.OpenDataValues.array;
import static org.cjengage.core.opendata.OpenDataValues.instant;
import static org.cjengage.core.opendata.OpenDataValues.member;
import static org.cjengage.core.opendata.OpenDataValues.ref;
import static org.cjengage.core.opendata.OpenDataValues.str;
import static org.cjengage.core.opendata.OpenDataValues.text;
import static org.cjengage.core.opendata.OpenDataValues.whole;
import static org.cjengage.core.opendata.OpenDataValues.yesNo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cjengage.core.common.Checks;
import org.cjengage.core.opendata.OpenDataOutput;
import org.cjengage.core.opendata.OpenDataPart;
import org.cjengage.core.opendata.OpenDataRefs;
import org.cjengage.core.opendata.OpenDataValues;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.Framework;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The {@code assessments} part of the open-data file: every assessment of the partnership's activities with
 * its scores and evidence, the framework id and version it was made against, stage, status and the submitted
 * and approved times. Who assessed or reviewed is left out (no personal data in a partner export): each row
 * names its assessor only by a key that holds within the file ({@code assessor-1}, {@code assessor-2}, numbered
 * in order of first appearance). An import records the importing user as the assessor, no reviewer, and the
 * number of the row's key ({@link Assessment#importedAssessor()}), so several assessors' assessments of the same
 * activity, framework and stage stay apart. See docs/outputs.md for the shape.
 */
@Component
public class AssessmentsOpenData implements OpenDataPart<Assessment> {

    static final String PART_VERSION = "1.1";

    private final AssessmentRepository assessments;
    private final AssessmentReader reader;
    private final StandardsCatalogue standards;
    private final AccessGuard access;

    AssessmentsOpenData(AssessmentRepository assessments, AssessmentReader reader, StandardsCatalogue standards,
                        AccessGuard access) {
        this.assessments = assessments;
        this.reader = reader;
        this.standards = standards;
        this.access = access;
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public JsonNode export(long partnershipId, OpenDataRefs refs) {
        return OpenDataValues.tree(name(), out -> write(partnershipId, refs, out));
    }

    /**
     * The assessments of the activities in the file, in the file's order of activities, then framework, stage and id,
     * each written with its scores as soon as it is its turn; nothing when there is none.
     */
    @Override
    public void write(long partnershipId, OpenDataRefs refs, OpenDataOutput out) {
        access.requireMember(partnershipId);
        Map<Long, Integer> activityOrder = new HashMap<>();
        refs.activityIdsByRef().values().forEach(id -> activityOrder.putIfAbsent(id, activityOrder.size()));
        List<AssessmentReader.Scored> all = reader.ofActivitiesWithSortedScores(partnershipId).stream()
                .filter(s -> activityOrder.containsKey(s.assessment().activityId()))
                .sorted(Comparator.comparing((AssessmentReader.Scored s) -> activityOrder.get(s.assessment().activityId()))
                        .thenComparing(s -> s.assessment().frameworkId()).thenComparing(s -> s.assessment().stage())
                        .thenComparing(s -> s.assessment().id()))
                .toList();
        if (all.isEmpty()) {
            return;
        }
        JsonGenerator g = out.start();
        g.writeStartObject();
        g.writeStringProperty("version", PART_VERSION);
        g.writeArrayPropertyStart("assessments");
        Map<String, Integer> assessors = new HashMap<>();
        int n = 0;
        for (AssessmentReader.Scored scored : all) {
            Assessment a = scored.assessment();
            int assessor = number(assessors, a.assessorId() + "/" + a.importedAssessor());
            g.writeStartObject();
            g.writeStringProperty("ref", "assessment-" + (++n));
            g.writeStringProperty("activity", refs.activityRef(a.activityId()).orElseThrow());
            g.writeStringProperty("framework", a.frameworkId());
            g.writeStringProperty("frameworkVersion", a.frameworkVersion());
            g.writeStringProperty("stage", a.stage().name());
            g.writeStringProperty("assessor", "assessor-" + assessor);
            g.writeStringProperty("status", a.status().name());
            g.writeStringProperty("submittedAt", str(a.submittedAt()));
            g.writeStringProperty("approvedAt", str(a.approvedAt()));
            g.writeStringProperty("returnReason", a.returnReason());
            g.writeArrayPropertyStart("scores");
            for (IndicatorScore s : scored.scores()) {
                g.writeStartObject();
                g.writeStringProperty("element", s.elementCode());
                g.writeStringProperty("indicator", s.indicatorCode());
                g.writeStringProperty("value", str(s.value()));
                g.writeStringProperty("notApplicable", String.valueOf(s.notApplicable()));
                g.writeStringProperty("evidence", s.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public String version() {
        return PART_VERSION;
    }

    @Override
    public String rowsField() {
        return "assessments";
    }

    @Override
    public void importData(JsonNode data, long partnershipId, OpenDataRefs refs) {
        long assessor = access.requireUser().userId();
        List<Assessment> parsed = parseValid(data, refs);
        Instant now = Instant.now();
        for (Assessment a : parsed) {
            assessments.save(new Assessment(null, a.activityId(), partnershipId, assessor, a.importedAssessor(),
                    a.frameworkId(), a.frameworkVersion(), a.stage(), a.status(), a.scores(), a.returnReason(), null,
                    a.submittedAt(), a.approvedAt(), null, now, now));
        }
    }

    /**
     * The assessments of the part with activity ids from the refs and the number of their assessor key in order of
     * first appearance (rows without a key, as in version 1.0, share one number); partnership and assessor are
     * placeholders.
     */
    @Override
    public List<Assessment> parseRows(List<JsonNode> rows, String at, OpenDataRefs refs, Checks checks) {
        List<Assessment> out = new ArrayList<>();
        Set<String> seenRefs = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        Map<String, Integer> assessors = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String r = at + "[" + i + "]";
            ref(checks, seenRefs, r, text(row, "ref"));
            String activityRef = text(row, "activity");
            Optional<Long> activityId = Optional.ofNullable(activityRef).flatMap(refs::activityId);
            checks.that(activityId.isPresent(), r + ".activity", "validation.opendata.unknownRef", activityRef);
            String frameworkId = text(row, "framework");
            Optional<Framework> framework = Optional.ofNullable(frameworkId).flatMap(standards::findFramework);
            checks.that(framework.isPresent(), r + ".framework", "validation.unknownCode", frameworkId);
            String frameworkVersion = text(row, "frameworkVersion");
            checks.requiredText(r + ".frameworkVersion", frameworkVersion, 40);
            CycleStage stage = member(checks, r + ".stage", text(row, "stage"), CycleStage.class);
            String assessorKey = text(row, "assessor");
            checks.text(r + ".assessor", assessorKey, 60);
            int assessor = number(assessors, assessorKey == null ? "" : assessorKey.strip());
            AssessmentStatus status = member(checks, r + ".status", text(row, "status"), AssessmentStatus.class);
            Instant submittedAt = instant(checks, r + ".submittedAt", text(row, "submittedAt"), false);
            Instant approvedAt = instant(checks, r + ".approvedAt", text(row, "approvedAt"), false);
            String reason = text(row, "returnReason");
            checks.text(r + ".returnReason", reason, Assessment.REASON_MAX);
            if (activityId.isPresent() && stage != null && frameworkId != null) {
                checks.that(seenKeys.add(activityRef + "|" + frameworkId + "|" + stage + "|" + assessor), r,
                        "validation.opendata.assessmentTwice");
            }
            Set<IndicatorScore> scores = scores(row, r, framework.map(standards::scaleOf), checks);
            if (checks.ok()) {
                out.add(new Assessment(null, activityId.orElseThrow(), -1L, -1L, assessor, frameworkId,
                        frameworkVersion.strip(), stage, status, scores, reason, null, submittedAt, approvedAt, null,
                        null, null));
            }
        }
        return out;
    }

    /** The number of the assessor, counting from 1 in order of first appearance. */
    private static int number(Map<String, Integer> numbers, String assessor) {
        Integer known = numbers.get(assessor);
        if (known == null) {
            known = numbers.size() + 1;
            numbers.put(assessor, known);
        }
        return known;
    }

    private static Set<IndicatorScore> scores(JsonNode row, String r, Optional<Scale> scale, Checks checks) {
        Set<IndicatorScore> out = new LinkedHashSet<>();
        Set<String> indicators = new HashSet<>();
        List<JsonNode> scores = array(row, "scores", r + ".scores", checks);
        for (int j = 0; j < scores.size(); j++) {
            JsonNode s = scores.get(j);
            String at = r + ".scores[" + j + "]";
            String element = text(s, "element");
            String indicator = text(s, "indicator");
            checks.requiredText(at + ".element", element, 40).requiredText(at + ".indicator", indicator, 40);
            if (indicator != null) {
                checks.that(indicators.add(indicator), at + ".indicator", "validation.opendata.duplicateRef", indicator);
            }
            Integer value = whole(checks, at + ".value", text(s, "value"), false);
            if (value != null && scale.isPresent()) {
                checks.that(scale.get().contains(value), at + ".value", "validation.opendata.scoreRange", value);
            }
            boolean notApplicable = yesNo(checks, at + ".notApplicable", text(s, "notApplicable"));
            checks.that(!(notApplicable && value != null), at + ".value", "validation.opendata.valueAndNotApplicable");
            String evidence = text(s, "evidence");
            checks.text(at + ".evidence", evidence, IndicatorScore.EVIDENCE_MAX);
            if (checks.ok()) {
                out.add(new IndicatorScore(element.strip(), indicator.strip(), value, notApplicable, evidence));
            }
        }
        return out;
    }
}
