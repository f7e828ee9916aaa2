package org.cjengage.core.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cjengage.core.standards.StandardsDataException;
import org.cjengage.core.standards.StandardsSchema;
import org.springframework.core.io.Resource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the feedback questionnaire file: its structure against
 * {@code standards/schema/feedback-questionnaire.schema.json} (JSON Schema 2020-12), then the rules a schema cannot
 * express. Any mistake stops start-up with a message naming the file and the field, e.g.
 * {@code questions[2].maxLength}.
 */
final class QuestionnaireLoader {

    /** The longest answer any text question may allow: the schema's {@code maxLength} maximum (a test keeps them equal). */
    static final int TEXT_LIMIT = 2000;
    private static final StandardsSchema SCHEMA = StandardsSchema.questionnaire();

    private QuestionnaireLoader() {
    }

    static Questionnaire load(Resource resource) {
        String file = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            return parse(file, new YAMLMapper().readTree(in));
        } catch (IOException | RuntimeException e) {
            if (e instanceof StandardsDataException s) {
                throw s;
            }
            throw new StandardsDataException(file + ": cannot be read as YAML (" + e.getMessage() + ")");
        }
    }

    static Questionnaire parse(String file, JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new StandardsDataException(file + ": the file is empty");
        }
        StandardsSchema.dropEmptyFields(root);
        List<String> problems = SCHEMA.problems(root);
        if (!problems.isEmpty()) {
            throw new StandardsDataException(file + ": " + String.join("; ", problems));
        }
        // The structure is the schema's; what a schema cannot say is checked here.
        List<Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        JsonNode list = root.get("questions");
        for (int i = 0; i < list.size(); i++) {
            String path = "questions[" + i + "]";
            JsonNode q = list.get(i);
            String code = text(q, "code");
            if (!codes.add(code)) {
                throw fail(file, path + ".code", "'" + code + "' is used twice");
            }
            Question.Kind kind = Question.Kind.valueOf(text(q, "kind").toUpperCase(Locale.ROOT));
            int min = q.path("min").asInt(0);
            int max = q.path("max").asInt(0);
            if (kind == Question.Kind.SCALE && (max <= min || max - min > 10)) {
                throw fail(file, path + ".max", "a scale runs from min to a larger max, at most 10 steps");
            }
            questions.add(new Question(code, kind, text(q, "text"), text(q, "easyRead"), min, max,
                    text(q, "minLabel"), text(q, "maxLabel"), q.path("maxLength").asInt(0)));
        }
        return new Questionnaire(text(root, "id"), text(root, "version"), text(root, "title"), questions);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asString().strip();
    }

    private static StandardsDataException fail(String file, String field, String message) {
        return new StandardsDataException(file + (field.isEmpty() ? "" : ", " + field) + ": " + message);
    }
}
