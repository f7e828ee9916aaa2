package org.cjengage.core.feedback;

import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.opendata.OpenDataRefs;
import org.cjengage.core.opendata.OpenDataValues;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test oracle (issue 16): the {@code feedback} part built as a tree, the way {@link FeedbackOpenData} built it before
 * it wrote the part to the file's generator. {@code OpenDataStreamedFileTest} checks the streamed file against it.
 */
public final class FeedbackOpenDataTree {

    private FeedbackOpenDataTree() {
    }

    public static JsonNode export(ApplicationContext context, long partnershipId, OpenDataRefs refs) {
        List<FeedbackResponse> read = new ArrayList<>();
        context.getBean(FeedbackStore.class).eachAcceptedOfPartnership(partnershipId, read::add);
        List<FeedbackResponse> accepted = read.stream().filter(r -> refs.activityRef(r.activityId()).isPresent()).toList();
        if (accepted.isEmpty()) {
            return null;
        }
        ObjectNode part = OpenDataValues.object();
        part.put("version", FeedbackOpenData.PART_VERSION);
        ArrayNode rows = part.putArray("responses");
        for (FeedbackResponse r : accepted) {
            ObjectNode row = rows.addObject();
            row.put("activity", refs.activityRef(r.activityId()).orElseThrow());
            row.put("questionnaire", r.questionnaireId());
            row.put("questionnaireVersion", r.questionnaireVersion());
            row.put("receivedOn", r.receivedOn().toString());
            ArrayNode answers = row.putArray("answers");
            for (Answer a : r.answers()) {
                ObjectNode out = answers.addObject();
                out.put("question", a.questionCode());
                if (a.score() != null) {
                    out.put("score", String.valueOf(a.score()));
                }
                if (a.text() != null) {
                    out.put("text", a.text());
                }
                if (a.choiceCode() != null) {
                    out.put("community", a.choiceCode());
                }
            }
        }
        return part;
    }
}
