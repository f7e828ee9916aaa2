package org.cjengage.core.participation;

import static org.cjengage.core.opendata.OpenDataValues.array;
import static org.cjengage.core.opendata.OpenDataValues.date;
import static org.cjengage.core.opendata.OpenDataValues.instant;
import static org.cjengage.core.opendata.OpenDataValues.member;
import static org.cjengage.core.opendata.OpenDataValues.ref;
import static org.cjengage.core.opendata.OpenDataValues.str;
import static org.cjengage.core.opendata.OpenDataValues.text;
import static org.cjengage.core.opendata.OpenDataValues.whole;
import static org.cjengage.core.opendata.OpenDataValues.yesNo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjengage.core.common.Checks;
import org.cjengage.core.opendata.OpenDataOutput;
import org.cjengage.core.opendata.OpenDataPart;
import org.cjengage.core.opendata.OpenDataRefs;
import org.cjengage.core.opendata.OpenDataValues;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The {@code participation} part of the open-data file: tracked services with their target, and under each its
 * observations in the order they were recorded, corrections included (a correction names the observation it
 * corrects by ref) and the activities that gave the evidence. Who recorded an observation is left out; an
 * import records the importing user. See docs/outputs.md for the shape.
 */
@Component
public class ParticipationOpenData implements OpenDataPart<ParticipationOpenData.ParsedService> {

    static final String PART_VERSION = "1.0";

    private final TrackedServiceRepository services;
    private final ObservationRepository observations;
    private final StandardsCatalogue standards;
    private final AccessGuard access;

    public ParticipationOpenData(TrackedServiceRepository services, ObservationRepository observations,
                                 StandardsCatalogue standards, AccessGuard access) {
        this.services = services;
        this.observations = observations;
        this.standards = standards;
        this.access = access;
    }

    @Override
    public String name() {
        return "participation";
    }

    @Override
    public JsonNode export(long partnershipId, OpenDataRefs refs) {
        return OpenDataValues.tree(name(), out -> write(partnershipId, refs, out));
    }

    /** The services by name, each with its observations in the order they were recorded; nothing without services. */
    @Override
    public void write(long partnershipId, OpenDataRefs refs, OpenDataOutput out) {
        access.requireMember(partnershipId);
        List<TrackedService> all = services.findAllByPartnershipIdOrderByName(partnershipId);
        if (all.isEmpty()) {
            return;
        }
        Map<Long, List<Observation>> byService = observations.findAllByPartnershipId(partnershipId).stream()
                .sorted(Comparator.comparing(Observation::id))
                .collect(Collectors.groupingBy(Observation::serviceId));
        JsonGenerator g = out.start();
        g.writeStartObject();
        g.writeStringProperty("version", PART_VERSION);
        g.writeArrayPropertyStart("services");
        Map<Long, String> observationRefs = new HashMap<>();
        int s = 0;
        for (TrackedService service : all) {
            g.writeStartObject();
            g.writeStringProperty("ref", "service-" + (++s));
            g.writeStringProperty("name", service.name());
            g.writeStringProperty("owningOrganisation", service.owningOrganisation());
            g.writeStringProperty("sector", service.sector().name());
            g.writeArrayPropertyStart("communities");
            for (String code : service.communityCodes().stream().sorted().toList()) {
                g.writeString(code);
            }
            g.writeEndArray();
            g.writeStringProperty("targetStage", String.valueOf(service.targetStage()));
            g.writeStringProperty("targetDate", str(service.targetDate()));
            g.writeArrayPropertyStart("observations");
            for (Observation o : byService.getOrDefault(service.id(), List.of())) {
                String ref = "observation-" + (observationRefs.size() + 1);
                observationRefs.put(o.id(), ref);
                g.writeStartObject();
                g.writeStringProperty("ref", ref);
                g.writeStringProperty("observedOn", str(o.observedOn()));
                g.writeStringProperty("stage", String.valueOf(o.stage()));
                g.writeStringProperty("scaleId", o.scaleId());
                g.writeStringProperty("scaleVersion", o.scaleVersion());
                g.writeStringProperty("evidence", o.evidence());
                g.writeStringProperty("baseline", String.valueOf(o.baseline()));
                g.writeStringProperty("corrects", o.correctsId() == null ? null : observationRefs.get(o.correctsId()));
                g.writeStringProperty("recordedAt", str(o.recordedAt()));
                g.writeArrayPropertyStart("activities");
                for (String activity : o.activityIds().stream().map(refs::activityRef).flatMap(Optional::stream).sorted()
                        .toList()) {
                    g.writeString(activity);
                }
                g.writeEndArray();
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
        return "services";
    }

    @Override
    public void importData(JsonNode data, long partnershipId, OpenDataRefs refs) {
        long recorder = access.requireUser().userId();
        List<ParsedService> parsed = parseValid(data, refs);
        Map<String, Long> observationIds = new HashMap<>();
        Instant now = Instant.now();
        for (ParsedService p : parsed) {
            TrackedService saved = services.save(new TrackedService(null, partnershipId, p.service().name(),
                    p.service().owningOrganisation(), p.service().sector(), p.service().communities(),
                    p.service().targetStage(), p.service().targetDate(), null, now, now));
            for (ParsedObservation po : p.observations()) {
                Observation o = po.observation();
                Observation stored = observations.save(new Observation(null, saved.id(), partnershipId, o.observedOn(),
                        o.stage(), o.scaleId(), o.scaleVersion(), o.evidence(), o.baseline(),
                        po.corrects() == null ? null : observationIds.get(po.corrects()), recorder, o.recordedAt(),
                        o.activities()));
                observationIds.put(po.ref(), stored.id());
            }
        }
    }

    record ParsedObservation(String ref, String corrects, Observation observation) {
    }

    record ParsedService(TrackedService service, List<ParsedObservation> observations) {
    }

    @Override
    public List<ParsedService> parseRows(List<JsonNode> rows, String at, OpenDataRefs refs, Checks checks) {
        List<ParsedService> out = new ArrayList<>();
        Scale participation = standards.participationScale();
        Set<String> refsSeen = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> corrected = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String r = at + "[" + i + "]";
            ref(checks, refsSeen, r, text(row, "ref"));
            String name = text(row, "name");
            String organisation = text(row, "owningOrganisation");
            checks.requiredText(r + ".name", name, ServiceDraft.NAME_MAX)
                    .requiredText(r + ".owningOrganisation", organisation, ServiceDraft.ORGANISATION_MAX);
            if (name != null) {
                checks.that(names.add(name.strip()), r + ".name", "validation.opendata.duplicateRef", name);
            }
            Sector sector = member(checks, r + ".sector", text(row, "sector"), Sector.class);
            Set<ServiceCommunity> communities = new LinkedHashSet<>();
            List<JsonNode> codes = array(row, "communities", r + ".communities", checks);
            for (int c = 0; c < codes.size(); c++) {
                String code = codes.get(c).isNull() ? null : codes.get(c).asString();
                checks.that(code != null && standards.communityTypes().contains(code), r + ".communities[" + c + "]",
                        "validation.unknownCode", code);
                communities.add(new ServiceCommunity(code));
            }
            Integer target = whole(checks, r + ".targetStage", text(row, "targetStage"), true);
            if (target != null) {
                checks.that(participation.contains(target), r + ".targetStage", "validation.opendata.stageRange", target);
            }
            LocalDate targetDate = date(checks, r + ".targetDate", text(row, "targetDate"), true);
            Set<String> earlier = new HashSet<>();
            List<ParsedObservation> parsedObservations = new ArrayList<>();
            List<JsonNode> obs = array(row, "observations", r + ".observations", checks);
            for (int j = 0; j < obs.size(); j++) {
                JsonNode o = obs.get(j);
                String oat = r + ".observations[" + j + "]";
                String ref = text(o, "ref");
                ref(checks, refsSeen, oat, ref);
                LocalDate observedOn = date(checks, oat + ".observedOn", text(o, "observedOn"), true);
                String scaleId = text(o, "scaleId");
                Optional<Scale> scale = Optional.ofNullable(scaleId).flatMap(standards::findScale);
                checks.that(scale.isPresent(), oat + ".scaleId", "validation.unknownCode", scaleId);
                String scaleVersion = text(o, "scaleVersion");
                checks.requiredText(oat + ".scaleVersion", scaleVersion, 40);
                Integer stage = whole(checks, oat + ".stage", text(o, "stage"), true);
                if (stage != null && scale.isPresent()) {
                    checks.that(scale.get().contains(stage), oat + ".stage", "validation.opendata.stageRange", stage);
                }
                String evidence = text(o, "evidence");
                checks.requiredText(oat + ".evidence", evidence, ObservationDraft.EVIDENCE_MAX);
                boolean baseline = yesNo(checks, oat + ".baseline", text(o, "baseline"));
                String corrects = text(o, "corrects");
                if (corrects != null) {
                    checks.that(earlier.contains(corrects), oat + ".corrects", "validation.opendata.correctsLater");
                    checks.that(corrected.add(corrects), oat + ".corrects", "validation.opendata.correctedTwice", corrects);
                }
                Instant recordedAt = instant(checks, oat + ".recordedAt", text(o, "recordedAt"), false);
                Set<ObservationActivity> activities = new LinkedHashSet<>();
                List<JsonNode> links = array(o, "activities", oat + ".activities", checks);
                for (int k = 0; k < links.size(); k++) {
                    String link = links.get(k).isNull() ? null : links.get(k).asString();
                    Optional<Long> id = Optional.ofNullable(link).flatMap(refs::activityId);
                    checks.that(id.isPresent(), oat + ".activities[" + k + "]", "validation.opendata.unknownRef", link);
                    id.ifPresent(v -> activities.add(new ObservationActivity(v)));
                }
                if (ref != null) {
                    earlier.add(ref);
                }
                if (checks.ok()) {
                    parsedObservations.add(new ParsedObservation(ref, corrects, new Observation(null, null, null,
                            observedOn, stage, scaleId, scaleVersion.strip(), evidence.strip(), baseline, null, null,
                            recordedAt == null ? Instant.now() : recordedAt, activities)));
                }
            }
            if (checks.ok()) {
                out.add(new ParsedService(new TrackedService(null, null, name.strip(), organisation.strip(), sector,
                        communities, target, targetDate, null, null, null), parsedObservations));
            }
        }
        return out;
    }
}
