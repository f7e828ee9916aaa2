package org.cjengage.core.participation;

import static org.cjengage.core.opendata.OpenDataValues.str;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cjengage.core.opendata.OpenDataRefs;
import org.cjengage.core.opendata.OpenDataValues;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test oracle (issue 16): the {@code participation} part built as a tree, the way {@link ParticipationOpenData} built
 * it before it wrote the part to the file's generator. {@code OpenDataStreamedFileTest} checks the streamed file
 * against it.
 */
public final class ParticipationOpenDataTree {

    private ParticipationOpenDataTree() {
    }

    public static JsonNode export(ApplicationContext context, long partnershipId, OpenDataRefs refs) {
        List<TrackedService> all = context.getBean(TrackedServiceRepository.class)
                .findAllByPartnershipIdOrderByName(partnershipId);
        if (all.isEmpty()) {
            return null;
        }
        Map<Long, List<Observation>> byService = context.getBean(ObservationRepository.class)
                .findAllByPartnershipId(partnershipId).stream()
                .sorted(Comparator.comparing(Observation::id))
                .collect(Collectors.groupingBy(Observation::serviceId));
        ObjectNode part = OpenDataValues.object();
        part.put("version", ParticipationOpenData.PART_VERSION);
        ArrayNode rows = part.putArray("services");
        Map<Long, String> observationRefs = new HashMap<>();
        int s = 0;
        for (TrackedService service : all) {
            ObjectNode row = rows.addObject();
            row.put("ref", "service-" + (++s));
            row.put("name", service.name());
            row.put("owningOrganisation", service.owningOrganisation());
            row.put("sector", service.sector().name());
            ArrayNode communities = row.putArray("communities");
            service.communityCodes().stream().sorted().forEach(communities::add);
            row.put("targetStage", String.valueOf(service.targetStage()));
            row.put("targetDate", str(service.targetDate()));
            ArrayNode obs = row.putArray("observations");
            for (Observation o : byService.getOrDefault(service.id(), List.of())) {
                String ref = "observation-" + (observationRefs.size() + 1);
                observationRefs.put(o.id(), ref);
                ObjectNode out = obs.addObject();
                out.put("ref", ref);
                out.put("observedOn", str(o.observedOn()));
                out.put("stage", String.valueOf(o.stage()));
                out.put("scaleId", o.scaleId());
                out.put("scaleVersion", o.scaleVersion());
                out.put("evidence", o.evidence());
                out.put("baseline", String.valueOf(o.baseline()));
                out.put("corrects", o.correctsId() == null ? null : observationRefs.get(o.correctsId()));
                out.put("recordedAt", str(o.recordedAt()));
                ArrayNode activities = out.putArray("activities");
                o.activityIds().stream().map(refs::activityRef).flatMap(Optional::stream).sorted()
                        .forEach(activities::add);
            }
        }
        return part;
    }
}
