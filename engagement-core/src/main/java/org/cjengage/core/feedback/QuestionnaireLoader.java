package org.cjengage.core.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.cjengage.core.standards.StandardsDataException;
import org.springframework.core.io.Resource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the feedback questionnaire file. Any mistake stops start-up with a message naming the
 * file and the field, e.g. {@code questions[2].maxLength}.
 */
final class QuestionnaireLoader {

    static final int TEXT_LIMIT = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Set<String> TOP = Set.of("id", "version", "title", "questions");
    private static final Set<String> QUESTION = Set.of("code", "kind", "text", "easyRead", "min", "max", "minLabel",
            "maxLabel", "maxLength");

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
        if (root == null || !root.isObject()) {
            throw fail(file, "", "the top level must be a mapping with id, version, title and questions");
        }
        only(file, root, "", TOP);
        String id = text(file, root, "", "id");
        String version = text(file, root, "", "version");
        String title = text(file, root, "", "title");
        JsonNode list = root.get("questions");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fail(file, "questions", "at least one question is required");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "questions[" + i + "]";
            JsonNode q = list.get(i);
            only(file, q, path, QUESTION);
            String code = text(file, q, path, "code");
            if (!CODE.matcher(code).matches()) {
                throw fail(file, path + ".code", "'" + code + "' must be UPPER_SNAKE_CASE");
            }
            if (!codes.add(code)) {
                throw fail(file, path + ".code", "'" + code + "' is used twice");
            }
            String kindName = text(file, q, path, "kind");
            Question.Kind kind;
            try {
                kind = Question.Kind.valueOf(kindName.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(file, path + ".kind", "'" + kindName + "' is not one of scale, text, community");
            }
            String text = text(file, q, path, "text");
            String easy = text(file, q, path, "easyRead");
            int min = 0;
            int max = 0;
            int maxLength = 0;
            String minLabel = null;
            String maxLabel = null;
            switch (kind) {
                case SCALE -> {
                    min = number(file, q, path, "min");
                    max = number(file, q, path, "max");
                    if (min < 0 || max <= min || max - min > 10) {
                        throw fail(file, path + ".max", "a scale runs from min to a larger max, at most 10 steps");
                    }
                    minLabel = text(file, q, path, "minLabel");
                    maxLabel = text(file, q, path, "maxLabel");
                }
                case TEXT -> {
                    maxLength = number(file, q, path, "maxLength");
                    if (maxLength < 1 || maxLength > TEXT_LIMIT) {
                        throw fail(file, path + ".maxLength", "must be from 1 to " + TEXT_LIMIT);
                    }
                }
                case COMMUNITY -> {
                }
            }
            questions.add(new Question(code, kind, text, easy, min, max, minLabel, maxLabel, maxLength));
        }
        return new Questionnaire(id, version, title, questions);
    }

    private static void only(String file, JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(file, path, "must be a mapping of fields");
        }
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(file, join(path, name), "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(String file, JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asString().isBlank()) {
            throw fail(file, join(path, field), "is required and must be text");
        }
        return value.asString().strip();
    }

    private static int number(String file, JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw fail(file, join(path, field), "is required and must be a whole number");
        }
        return value.asInt();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static StandardsDataException fail(String file, String field, String message) {
        return new StandardsDataException(file + (field.isEmpty() ? "" : ", " + field) + ": " + message);
    }
}
