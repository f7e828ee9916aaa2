package org.cjengage.core.feedback;

import static org.cjengage.core.opendata.OpenDataValues.array;
import static org.cjengage.core.opendata.OpenDataValues.date;
import static org.cjengage.core.opendata.OpenDataValues.text;
import static org.cjengage.core.opendata.OpenDataValues.whole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.Violation;
import org.cjengage.core.opendata.OpenDataOutput;
import org.cjengage.core.opendata.OpenDataPart;
import org.cjengage.core.opendata.OpenDataRefs;
import org.cjengage.core.opendata.OpenDataValues;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.standards.StandardIds;
import org.cjengage.core.standards.StandardsCatalogue;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The {@code feedback} part of the open-data file: the ACCEPTED responses of the partnership's activities with
 * their answers (responses waiting for moderation or rejected are never shown anywhere, so they are not
 * exported). Responses are anonymous; who moderated them is left out. An import stores them as accepted.
 */
@Component
class FeedbackOpenData implements OpenDataPart<FeedbackOpenData.Parsed> {

    static final String PART_VERSION = "1.0";

    private final FeedbackStore store;
    private final AccessGuard access;
    private final StandardsCatalogue standards;

    FeedbackOpenData(FeedbackStore store, AccessGuard access, StandardsCatalogue standards) {
        this.store = store;
        this.access = access;
        this.standards = standards;
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public String version() {
        return PART_VERSION;
    }

    @Override
    public String rowsField() {
        return "responses";
    }

    @Override
    public JsonNode export(long partnershipId, OpenDataRefs refs) {
        return OpenDataValues.tree(name(), out -> write(partnershipId, refs, out));
    }

    /** The responses written as they are read, in id order; nothing when none is of an activity in the file. */
    @Override
    public void write(long partnershipId, OpenDataRefs refs, OpenDataOutput out) {
        access.requireMember(partnershipId);
        store.eachAcceptedOfPartnership(partnershipId, r -> {
            Optional<String> activity = refs.activityRef(r.activityId());
            if (activity.isEmpty()) {
                return;
            }
            if (!out.started()) {
                JsonGenerator g = out.start();
                g.writeStartObject();
                g.writeStringProperty("version", PART_VERSION);
                g.writeArrayPropertyStart("responses");
            }
            row(out.generator(), activity.get(), r);
        });
        if (out.started()) {
            out.generator().writeEndArray();
            out.generator().writeEndObject();
        }
    }

    private static void row(JsonGenerator g, String activity, FeedbackResponse r) {
        g.writeStartObject();
        g.writeStringProperty("activity", activity);
        g.writeStringProperty("questionnaire", r.questionnaireId());
        g.writeStringProperty("questionnaireVersion", r.questionnaireVersion());
        g.writeStringProperty("receivedOn", r.receivedOn().toString());
        g.writeArrayPropertyStart("answers");
        for (Answer a : r.answers()) {
            g.writeStartObject();
            g.writeStringProperty("question", a.questionCode());
            if (a.score() != null) {
                g.writeStringProperty("score", String.valueOf(a.score()));
            }
            if (a.text() != null) {
                g.writeStringProperty("text", a.text());
            }
            if (a.choiceCode() != null) {
                g.writeStringProperty("community", a.choiceCode());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    record Parsed(String activityRef, String questionnaire, String questionnaireVersion, LocalDate receivedOn,
                  List<Answer> answers) {
    }

    @Override
    public List<Parsed> parseRows(List<JsonNode> rows, String at, OpenDataRefs refs, Checks checks) {
        List<Parsed> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String r = at + "[" + i + "]";
            String activity = text(row, "activity");
            checks.that(activity != null && refs.activityId(activity).isPresent(), r + ".activity",
                    "validation.opendata.unknownRef", activity);
            String questionnaire = text(row, "questionnaire");
            String questionnaireVersion = text(row, "questionnaireVersion");
            checks.requiredText(r + ".questionnaire", questionnaire, 100)
                    .requiredText(r + ".questionnaireVersion", questionnaireVersion, 20);
            LocalDate received = date(checks, r + ".receivedOn", text(row, "receivedOn"), true);
            List<Answer> answers = new ArrayList<>();
            Set<String> questions = new HashSet<>();
            List<JsonNode> nodes = array(row, "answers", r + ".answers", checks);
            for (int a = 0; a < nodes.size(); a++) {
                answers.add(answer(nodes.get(a), r + ".answers[" + a + "]", questions, checks));
            }
            out.add(new Parsed(activity, questionnaire, questionnaireVersion, received, answers));
        }
        return out;
    }

    private Answer answer(JsonNode node, String at, Set<String> seen, Checks checks) {
        String question = text(node, "question");
        checks.requiredText(at + ".question", question, 60);
        if (question != null) {
            checks.that(seen.add(question), at + ".question", "validation.opendata.duplicateRef", question);
        }
        Integer score = whole(checks, at + ".score", text(node, "score"), false);
        checks.that(score == null || (score >= 0 && score <= 100), at + ".score", "validation.opendata.feedbackScore", score);
        String answerText = text(node, "text");
        checks.text(at + ".text", answerText, QuestionnaireLoader.TEXT_LIMIT);
        String community = text(node, "community");
        if (community != null) {
            checks.that(standards.vocabulary(StandardIds.COMMUNITY_TYPES).contains(community), at + ".community",
                    "validation.unknownCode", community);
        }
        if (score == null && answerText == null && community == null) {
            checks.add(new Violation(at, "validation.required"));
        }
        return new Answer(question, score, answerText, community);
    }

    @Override
    public void importData(JsonNode data, long partnershipId, OpenDataRefs refs) {
        access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        for (Parsed p : parseValid(data, refs)) {
            Optional<Long> activityId = refs.activityId(p.activityRef());
            FeedbackLink origin = new FeedbackLink(activityId.orElseThrow(), partnershipId, "", false, p.questionnaire(),
                    p.questionnaireVersion(), 0);
            store.insertAccepted(origin, p.receivedOn(), p.answers());
        }
    }
}
