package org.cjengage.core.opendata;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityDraft;
import org.cjengage.core.plan.ActivityMethod;
import org.cjengage.core.plan.ActivityPurpose;
import org.cjengage.core.plan.ActivityRules;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.plan.PlanDraft;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.plan.SubFocusTag;
import org.cjengage.core.plan.VoiceCycle;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.ExportEventHook;
import org.cjengage.core.security.Role;
import org.cjengage.core.standards.StandardsCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: a partnership's plans and activities (plus whatever {@link OpenDataExtension}s add) as a
 * documented JSON file, and the import of such a file into another partnership or instance. Export needs
 * membership; import needs ADMIN of the (empty) target partnership, or a national ADMIN for a new one.
 * An import is all or nothing: the file's structure is checked against its JSON Schema ({@link OpenDataSchema}),
 * then every row against the rules, and all problems are reported with their place.
 * Imported plans and activities are written through {@link PlanService} (bulk insert, one audit-trail entry per
 * record) and a new partnership through {@link PartnershipService}, so the same rules hold as for typed input.
 */
@Service
@Transactional
public class OpenDataService {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDataService.class);
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final PartnershipService partnerships;
    private final PlanService plans;
    private final AccessGuard access;
    private final ActivityRules rules;
    private final ObjectProvider<OpenDataExtension> extensions;
    private final ObjectProvider<ExportEventHook> hooks;
    private final MeterRegistry meters;

    public OpenDataService(PartnershipService partnerships, PlanService plans, AccessGuard access,
                           StandardsCatalogue standards, ObjectProvider<OpenDataExtension> extensions,
                           ObjectProvider<ExportEventHook> hooks, MeterRegistry meters) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.access = access;
        this.rules = new ActivityRules(standards);
        this.extensions = extensions;
        this.hooks = hooks;
        this.meters = meters;
    }

    // ---------------------------------------------------------------- export

    /**
     * The partnership's open-data file (schema {@value OpenDataFile#SCHEMA_VERSION}, indented), written as it is read
     * (issue 16): the plans and activities straight from the rows to a streaming generator, then each extension's
     * part ({@link OpenDataExtension#write}). No tree or list of records of the whole file is built; the bytes are
     * the ones Jackson wrote for {@link OpenDataFile} before (checked by {@code OpenDataStreamedFileTest}).
     */
    @Transactional(readOnly = true)
    public byte[] exportJson(long partnershipId) {
        // Jackson's own segmented buffer: the 46 MB file is copied once at the end, not at every doubling
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        write(partnershipId, Instant.now().truncatedTo(ChronoUnit.SECONDS), bytes);
        ExportEventHook.report(hooks, partnershipId, "open-data", "json");
        meters.counter("opendata.exported").increment();
        return bytes.toByteArray();
    }

    private void write(long partnershipId, Instant exportedAt, OutputStream out) {
        Partnership partnership = partnerships.get(partnershipId);
        List<ActionPlan> ordered = plans.plansOf(partnershipId).stream()
                .sorted(Comparator.comparing(ActionPlan::periodStart).reversed()
                        .thenComparing(ActionPlan::title).thenComparing(ActionPlan::id)).toList();
        Long pinned = plans.pinnedPlan(partnershipId).orElse(null);
        OpenDataRefs refs = new OpenDataRefs();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("schema", OpenDataFile.SCHEMA_ID);
            g.writeStringProperty("schemaVersion", OpenDataFile.SCHEMA_VERSION);
            g.writeStringProperty("exportedAt", exportedAt.toString());
            g.writeObjectPropertyStart("partnership");
            g.writeStringProperty("code", partnership.code());
            g.writeStringProperty("name", partnership.name());
            g.writeStringProperty("area", partnership.area());
            g.writeEndObject();
            g.writeArrayPropertyStart("plans");
            PlansWriter planWriter = new PlansWriter(g, ordered, pinned, refs);
            // every plan's activities with one query per table, in the plans' order and by id within a plan
            plans.eachActivityOfPlans(partnershipId, ordered.stream().map(ActionPlan::id).toList(), planWriter::activity);
            planWriter.finish();
            g.writeEndArray();
            g.writeObjectPropertyStart("extensions");
            extensions.orderedStream().forEach(e -> e.write(partnershipId, refs, new OpenDataOutput(g, e.name())));
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /**
     * Writes the plans in their order, each with its activities as they arrive (in the plans' order, by id within a
     * plan), numbering plans and activities as refs; a plan without activities is written with an empty list.
     */
    private static final class PlansWriter {

        private final JsonGenerator g;
        private final List<ActionPlan> plans;
        private final Map<Long, Integer> index = new java.util.HashMap<>();
        private final Long pinned;
        private final OpenDataRefs refs;
        private int opened;
        private int activityNo;

        PlansWriter(JsonGenerator g, List<ActionPlan> plans, Long pinned, OpenDataRefs refs) {
            this.g = g;
            this.plans = plans;
            this.pinned = pinned;
            this.refs = refs;
            for (int i = 0; i < plans.size(); i++) {
                index.put(plans.get(i).id(), i);
            }
        }

        void activity(EngagementActivity a) {
            openUpTo(index.get(a.planId()));
            String ref = "activity-" + (++activityNo);
            refs.activity(a.id(), ref);
            writeActivity(g, ref, a);
        }

        void finish() {
            openUpTo(plans.size() - 1);
            if (opened > 0) {
                closePlan();
            }
        }

        /** Opens every plan up to the one at {@code last}, closing the one before each. */
        private void openUpTo(int last) {
            while (opened <= last) {
                if (opened > 0) {
                    closePlan();
                }
                ActionPlan plan = plans.get(opened++);
                String planRef = "plan-" + opened;
                refs.plan(plan.id(), planRef);
                g.writeStartObject();
                g.writeStringProperty("ref", planRef);
                g.writeStringProperty("title", plan.title());
                g.writeStringProperty("outcome", plan.outcome());
                g.writeStringProperty("periodStart", str(plan.periodStart()));
                g.writeStringProperty("periodEnd", str(plan.periodEnd()));
                g.writeStringProperty("current", plan.id().equals(pinned) ? "true" : null);
                g.writeArrayPropertyStart("activities");
            }
        }

        private void closePlan() {
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** One activity as {@link OpenDataFile.ActivityData}: the same fields in the same order. */
    private static void writeActivity(JsonGenerator g, String ref, EngagementActivity a) {
        g.writeStartObject();
        g.writeStringProperty("ref", ref);
        g.writeStringProperty("description", a.description());
        g.writeStringProperty("level", a.levelCode());
        g.writeStringProperty("status", a.status().name());
        g.writeStringProperty("leadPerson", a.leadPerson());
        g.writeStringProperty("stage", a.stageCode());
        g.writeStringProperty("plannedStart", str(a.plannedStart()));
        g.writeStringProperty("plannedEnd", str(a.plannedEnd()));
        g.writeStringProperty("actualStart", str(a.actualStart()));
        g.writeStringProperty("actualEnd", str(a.actualEnd()));
        strings(g, "communities", a.communityCodes());
        strings(g, "tags", a.tags().stream().map(SubFocusTag::tagCode).toList());
        strings(g, "methods", a.methods().stream().map(ActivityMethod::methodCode).toList());
        g.writeArrayPropertyStart("purposes");
        for (ActivityPurpose p : a.purposes().stream().sorted(Comparator.comparing(ActivityPurpose::purposeCode)).toList()) {
            g.writeStartObject();
            g.writeStringProperty("code", p.purposeCode());
            g.writeStringProperty("who", p.who());
            g.writeStringProperty("where", p.place());
            g.writeStringProperty("about", p.about());
            g.writeStringProperty("how", p.how());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("voice");
        VoiceCycle v = a.voice();
        if (v == null || v.equals(VoiceCycle.EMPTY)) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringProperty("analyseIssue", v.analyseIssue());
            g.writeStringProperty("analyseAffected", v.analyseAffected());
            g.writeStringProperty("analyseInvolved", v.analyseInvolved());
            g.writeStringProperty("analyseBarriers", v.analyseBarriers());
            g.writeStringProperty("planOutcomes", v.planOutcomes());
            g.writeStringProperty("planIndicators", v.planIndicators());
            g.writeStringProperty("planResources", v.planResources());
            g.writeStringProperty("planTimescale", v.planTimescale());
            g.writeStringProperty("doWhatHappened", v.doWhatHappened());
            g.writeStringProperty("doWhoTookPart", v.doWhoTookPart());
            g.writeStringProperty("doParticipants", OpenDataValues.str(v.doParticipants()));
            g.writeStringProperty("reviewLessons", v.reviewLessons());
            g.writeStringProperty("reviewYouSaid", v.reviewYouSaid());
            g.writeStringProperty("reviewWeDid", v.reviewWeDid());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The codes in their natural order, without repeats, as a list of strings. */
    private static void strings(JsonGenerator g, String name, java.util.Collection<String> values) {
        g.writeArrayPropertyStart(name);
        for (String value : new TreeSet<>(values)) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static VoiceCycle voice(Checks checks, String at, OpenDataFile.VoiceData v) {
        if (v == null) {
            return VoiceCycle.EMPTY;
        }
        return new VoiceCycle(v.analyseIssue(), v.analyseAffected(), v.analyseInvolved(), v.analyseBarriers(),
                v.planOutcomes(), v.planIndicators(), v.planResources(), v.planTimescale(), v.doWhatHappened(),
                v.doWhoTookPart(), OpenDataValues.whole(checks, at + ".doParticipants", v.doParticipants(), false),
                v.reviewLessons(), v.reviewYouSaid(), v.reviewWeDid());
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports the file into the target. Nothing is written unless every row is valid; otherwise a
     * {@link ValidationException} lists each problem with its place, e.g. {@code plans[0].activities[3].level}.
     */
    public ImportResult importJson(byte[] json, ImportTarget target) {
        EngagementPrincipal user = access.requireUser();
        requireImportRight(user, target);
        if (json == null || json.length == 0 || json.length > MAX_BYTES) {
            throw invalid("file", "validation.opendata.size", MAX_BYTES / (1024 * 1024));
        }
        OpenDataFile file;
        List<Violation> structure;
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw invalid("file", "validation.opendata.wrongShape");
            }
            structure = OpenDataSchema.problems(tree);
            if (structure.stream().anyMatch(OpenDataSchema::isShape)) {
                throw new ValidationException(structure);
            }
            file = MAPPER.treeToValue(tree, OpenDataFile.class);
        } catch (JacksonException e) {
            throw unreadable(e);
        }
        Checks checks = new Checks();
        Parsed parsed = check(file, checks);
        NewDetails created = resolveTarget(target, file, checks);
        OpenDataRefs placeholderRefs = new OpenDataRefs();
        long fake = -1;
        for (ParsedPlan p : parsed.plans()) {
            placeholderRefs.plan(fake--, p.ref());
            for (ParsedActivity a : p.activities()) {
                placeholderRefs.activity(fake--, a.ref());
            }
        }
        Map<String, OpenDataExtension> installed = new LinkedHashMap<>();
        extensions.orderedStream().forEach(e -> installed.put(e.name(), e));
        Map<String, JsonNode> parts = file.extensions() == null ? Map.of() : file.extensions();
        parts.forEach((name, data) -> {
            OpenDataExtension ext = installed.get(name);
            if (ext == null) {
                checks.add(new Violation("extensions." + name, "validation.opendata.unknownExtension", name));
            } else {
                ext.validate(data, placeholderRefs, checks);
            }
        });
        throwIfAny(structure, checks);

        long partnershipId = switch (target) {
            case ImportTarget.Existing e -> e.partnershipId();
            case ImportTarget.NewPartnership n -> partnerships.create(created.code(), created.name(), created.area()).id();
        };
        OpenDataRefs refs = new OpenDataRefs();
        int activityCount = 0;
        for (ParsedPlan p : parsed.plans()) {
            ActionPlan plan = plans.createPlan(partnershipId, p.draft());
            refs.plan(plan.id(), p.ref());
            List<Long> ids = plans.addActivities(plan.id(), p.activities().stream().map(ParsedActivity::draft).toList());
            for (int i = 0; i < ids.size(); i++) {
                refs.activity(ids.get(i), p.activities().get(i).ref());
            }
            activityCount += ids.size();
            if (p.current()) {
                plans.pinCurrentPlan(partnershipId, plan.id());
            }
        }
        parts.forEach((name, data) -> installed.get(name).importData(data, partnershipId, refs));
        meters.counter("opendata.imported").increment();
        LOG.info("IMPORT by={} partnership={} plans={} activities={}", user.username(), partnershipId,
                parsed.plans().size(), activityCount);
        return new ImportResult(partnershipId, parsed.plans().size(), activityCount);
    }

    /**
     * All problems at once: the schema's, then the rules' except where the schema already reported the same place
     * (a date not in the form YYYY-MM-DD is reported once, by the schema).
     */
    private static void throwIfAny(List<Violation> structure, Checks checks) {
        if (structure.isEmpty()) {
            checks.throwIfAny();
            return;
        }
        Set<String> reported = new java.util.HashSet<>();
        structure.forEach(v -> reported.add(v.field()));
        List<Violation> all = new ArrayList<>(structure);
        checks.violations().stream().filter(v -> !reported.contains(v.field())).forEach(all::add);
        throw new ValidationException(all);
    }

    private void requireImportRight(EngagementPrincipal user, ImportTarget target) {
        switch (target) {
            case ImportTarget.Existing e -> access.requireRole(e.partnershipId(), Set.of(Role.ADMIN));
            case ImportTarget.NewPartnership n -> {
                if (user.memberships().stream().noneMatch(m -> m.isNational() && m.role() == Role.ADMIN)) {
                    throw new NotPermittedException();
                }
            }
        }
    }

    /** The details of a partnership the import would create. */
    private record NewDetails(String code, String name, String area) {
    }

    /** Checks the target; for a new partnership, returns what it would be created with (else null). */
    private NewDetails resolveTarget(ImportTarget target, OpenDataFile file, Checks checks) {
        return switch (target) {
            case ImportTarget.Existing e -> {
                checks.that(plans.plansOf(partnerships.get(e.partnershipId()).id()).isEmpty(),
                        "target", "validation.opendata.targetNotEmpty");
                yield null;
            }
            case ImportTarget.NewPartnership n -> {
                OpenDataFile.PartnershipData from = file.partnership() == null
                        ? new OpenDataFile.PartnershipData(null, null, null) : file.partnership();
                String code = blank(n.code()) ? from.code() : n.code().strip();
                String name = blank(n.name()) ? from.name() : n.name().strip();
                String area = blank(n.area()) ? from.area() : n.area().strip();
                partnerships.problemsCreating(code, name, area).forEach(v ->
                        checks.add(new Violation("target." + v.field(), v.messageKey(), v.args())));
                yield new NewDetails(code, name, area);
            }
        };
    }

    private record ParsedActivity(String ref, ActivityDraft draft) {
    }

    private record ParsedPlan(String ref, PlanDraft draft, boolean current, List<ParsedActivity> activities) {
    }

    private record Parsed(List<ParsedPlan> plans) {
    }

    private Parsed check(OpenDataFile file, Checks checks) {
        List<ParsedPlan> result = new ArrayList<>();
        Set<String> refs = new java.util.HashSet<>();
        int currentPlans = 0;
        List<OpenDataFile.PlanData> planData = file.plans() == null ? List.of() : file.plans();
        for (int i = 0; i < planData.size(); i++) {
            OpenDataFile.PlanData p = planData.get(i);
            String at = "plans[" + i + "]";
            OpenDataValues.ref(checks, refs, at, p.ref());
            PlanDraft draft = new PlanDraft(p.title(), p.outcome(), date(checks, at + ".periodStart", p.periodStart()),
                    date(checks, at + ".periodEnd", p.periodEnd()));
            collect(checks, at, draft::validate);
            boolean current = OpenDataValues.yesNo(checks, at + ".current", p.current());
            if (current && ++currentPlans > 1) {
                checks.add(new Violation(at + ".current", "validation.opendata.twoCurrentPlans"));
            }
            List<ParsedActivity> activities = new ArrayList<>();
            List<OpenDataFile.ActivityData> rows = p.activities() == null ? List.of() : p.activities();
            for (int j = 0; j < rows.size(); j++) {
                String aat = at + ".activities[" + j + "]";
                OpenDataFile.ActivityData a = rows.get(j);
                OpenDataValues.ref(checks, refs, aat, a.ref());
                PlanStatus status = status(a.status());
                Set<ActivityPurpose> purposes = new java.util.HashSet<>();
                if (a.purposes() != null) {
                    a.purposes().forEach(pd -> purposes.add(
                            new ActivityPurpose(pd.code(), pd.who(), pd.where(), pd.about(), pd.how())));
                }
                ActivityDraft draftActivity = new ActivityDraft(a.description(), a.level(), set(a.communities()),
                        set(a.tags()), status, a.leadPerson(), purposes, set(a.methods()), a.stage(),
                        date(checks, aat + ".plannedStart", a.plannedStart()), date(checks, aat + ".plannedEnd", a.plannedEnd()),
                        date(checks, aat + ".actualStart", a.actualStart()), date(checks, aat + ".actualEnd", a.actualEnd()),
                        voice(checks, aat + ".voice", a.voice()));
                collect(checks, aat, () -> rules.check(draftActivity), VOICE_FIELDS, "voice.");
                activities.add(new ParsedActivity(a.ref(), draftActivity));
            }
            result.add(new ParsedPlan(p.ref(), draft, current, activities));
        }
        return new Parsed(result);
    }

    /** The fields of an activity's VOiCE cycle, which the file holds under {@code voice}. */
    private static final Set<String> VOICE_FIELDS = voiceFields();

    private static Set<String> voiceFields() {
        Set<String> fields = new java.util.HashSet<>(VoiceCycle.EMPTY.texts().keySet());
        fields.add("doParticipants");
        return Set.copyOf(fields);
    }

    private static void collect(Checks checks, String at, Runnable validation) {
        collect(checks, at, validation, Set.of(), "");
    }

    /** Runs a rule check, reporting its problems under {@code at}; {@code nested} fields under {@code prefix}. */
    private static void collect(Checks checks, String at, Runnable validation, Set<String> nested, String prefix) {
        try {
            validation.run();
        } catch (ValidationException e) {
            e.violations().forEach(v -> checks.add(new Violation(at + "." + (nested.contains(v.field()) ? prefix : "")
                    + v.field(), v.messageKey(), v.args())));
        }
    }

    /** An optional date of a plan or activity row. */
    private static LocalDate date(Checks checks, String field, String value) {
        return OpenDataValues.date(checks, field, value, false);
    }

    /** The status; an unknown one was reported by the schema, so the rules go on with Not started. */
    private static PlanStatus status(String code) {
        return java.util.Arrays.stream(PlanStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                .orElse(PlanStatus.NOT_STARTED);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A file the JSON reader refused, in words a person can act on: where the file stops being JSON (line and
     * column), or which place in the file holds the wrong kind of value. Never the reader's own message, which
     * names Java types.
     */
    static ValidationException unreadable(JacksonException e) {
        if (e instanceof StreamReadException) {
            TokenStreamLocation at = e.getLocation();
            return invalid("file", "validation.opendata.unreadable", at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()));
        }
        StringBuilder place = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                place.append(place.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                place.append('[').append(r.getIndex()).append(']');
            }
        }
        return invalid(place.isEmpty() ? "file" : place.toString(), "validation.opendata.wrongShape");
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new Violation(field, key, args)));
    }
}
