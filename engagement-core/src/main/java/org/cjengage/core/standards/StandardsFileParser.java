package org.cjengage.core.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Turns the YAML tree of one standards file into a {@link Framework}, {@link Scale} or {@link Vocabulary}.
 * The structure is checked first against the file format's JSON Schema ({@link StandardsSchema}); what the
 * schema cannot say is checked here: codes, numbers, values and marks unique within the file, contiguous
 * scale values, a target on the scale, names that can be told apart. Each complaint names the file and the
 * path of the field, e.g. {@code elements[2].indicators[0].code}.
 */
final class StandardsFileParser {

    /** The value given to a scale's not-applicable point; it is never on the scale. */
    static final int NOT_APPLICABLE_VALUE = 0;

    private static final StandardsSchema SCHEMA = new StandardsSchema();

    /** What one file holds once parsed. */
    record Parsed(String file, String type, String id, Object value, String scaleId) {
    }

    private final String file;

    StandardsFileParser(String file) {
        this.file = file;
    }

    Parsed parse(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw fail("the file is empty");
        }
        StandardsSchema.dropEmptyFields(root);
        List<String> problems = SCHEMA.problems(root);
        if (!problems.isEmpty()) {
            throw fail(String.join("; ", problems));
        }
        String type = text(root, "type");
        String id = text(root, "id");
        String version = text(root, "version");
        String title = text(root, "title");
        String description = text(root, "description");
        String note = text(root, "note");
        return switch (type) {
            case StandardsLoader.TYPE_FRAMEWORK -> {
                String scaleId = text(root, "scale");
                Framework framework = new Framework(id, version, title, description, note, scaleId, elements(root),
                        subjects(root), text(root, "elementName"));
                yield new Parsed(file, type, id, framework, scaleId);
            }
            case StandardsLoader.TYPE_SCALE -> new Parsed(file, type, id, scale(root, id, version, title, description, note), null);
            default -> new Parsed(file, type, id, new Vocabulary(id, version, title, description, terms(root)), null);
        };
    }

    // ---- assessment frameworks

    /** {@code subjects: [activity, partnership]}; missing means activities only. */
    private static Set<Framework.Subject> subjects(JsonNode root) {
        JsonNode list = root.get("subjects");
        if (list == null) {
            return Set.of(Framework.Subject.ACTIVITY);
        }
        Set<Framework.Subject> subjects = new LinkedHashSet<>();
        list.values().forEach(s -> subjects.add(Framework.Subject.valueOf(s.stringValue().toUpperCase(java.util.Locale.ROOT))));
        return subjects;
    }

    private List<FrameworkElement> elements(JsonNode root) {
        List<FrameworkElement> elements = new ArrayList<>();
        Map<String, String> elementCodes = new HashMap<>();
        Map<String, String> indicatorCodes = new HashMap<>();
        JsonNode nodes = root.get("elements");
        for (int e = 0; e < nodes.size(); e++) {
            JsonNode node = nodes.get(e);
            String path = "elements[" + e + "]";
            String code = text(node, "code");
            unique(elementCodes, code, path + ".code");
            JsonNode indicatorNodes = node.get("indicators");
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < indicatorNodes.size(); i++) {
                JsonNode indicatorNode = indicatorNodes.get(i);
                String indicatorCode = text(indicatorNode, "code");
                unique(indicatorCodes, indicatorCode, path + ".indicators[" + i + "].code");
                indicators.add(new Indicator(indicatorCode, text(indicatorNode, "text"),
                        flag(indicatorNode, "evidenceRequired", true)));
            }
            elements.add(new FrameworkElement(code, text(node, "name"), text(node, "summary"),
                    flag(node, "unverified", false), indicators));
        }
        return elements;
    }

    // ---- scales

    private Scale scale(JsonNode root, String id, String version, String title, String description, String note) {
        Map<String, String> codes = new HashMap<>();
        Map<Integer, String> values = new HashMap<>();
        Map<String, String> looseKeys = new HashMap<>();
        Map<String, String> marks = new HashMap<>();
        List<ScalePoint> points = new ArrayList<>();
        JsonNode nodes = root.get("points");
        for (int p = 0; p < nodes.size(); p++) {
            JsonNode node = nodes.get(p);
            String path = "points[" + p + "]";
            int value = node.get("value").intValue();
            String previous = values.putIfAbsent(value, path + ".value");
            if (previous != null) {
                throw fail(path + ".value " + value + " is used more than once (also at " + previous + ")");
            }
            String code = text(node, "code");
            unique(codes, code, path + ".code");
            String label = text(node, "label");
            List<String> aliases = list(node, "aliases");
            distinguishable(looseKeys, path, code, label, aliases);
            points.add(new ScalePoint(value, code, label, text(node, "description"), aliases, mark(node, path, marks)));
        }
        points.sort(Comparator.comparingInt(ScalePoint::value));
        for (int p = 1; p < points.size(); p++) {
            int below = points.get(p - 1).value();
            int value = points.get(p).value();
            if (value != below + 1) {
                throw fail(values.get(value) + " " + value + " leaves a gap after " + below
                        + ": scale values must be contiguous whole numbers (found "
                        + points.stream().map(point -> String.valueOf(point.value())).toList() + ")");
            }
        }
        ScalePoint notApplicable = null;
        JsonNode naNode = root.get("notApplicable");
        if (naNode != null) {
            String code = text(naNode, "code");
            unique(codes, code, "notApplicable.code");
            if (values.containsKey(NOT_APPLICABLE_VALUE)) {
                throw fail("notApplicable cannot be combined with a scale that has the value "
                        + NOT_APPLICABLE_VALUE + " (" + values.get(NOT_APPLICABLE_VALUE) + ")");
            }
            notApplicable = new ScalePoint(NOT_APPLICABLE_VALUE, code, text(naNode, "label"),
                    text(naNode, "description"));
        }
        Integer target = root.has("target") ? root.get("target").intValue() : null;
        if (target != null && !values.containsKey(target)) {
            throw fail("target " + target + " is not a value on the scale (" + points.getFirst().value()
                    + ".." + points.getLast().value() + ")");
        }
        return new Scale(id, version, title, description, note, points, notApplicable, target);
    }

    // ---- vocabularies

    private List<Term> terms(JsonNode root) {
        Map<String, String> codes = new HashMap<>();
        Map<Integer, String> numbers = new HashMap<>();
        Map<String, String> looseKeys = new HashMap<>();
        Map<String, String> marks = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        JsonNode nodes = root.get("terms");
        for (int t = 0; t < nodes.size(); t++) {
            JsonNode node = nodes.get(t);
            String path = "terms[" + t + "]";
            String code = text(node, "code");
            unique(codes, code, path + ".code");
            Integer number = node.has("number") ? node.get("number").intValue() : null;
            if (number != null) {
                String previous = numbers.putIfAbsent(number, path + ".number");
                if (previous != null) {
                    throw fail(path + ".number " + number + " is used more than once (also at " + previous + ")");
                }
            }
            String label = text(node, "label");
            List<String> aliases = list(node, "aliases");
            distinguishable(looseKeys, path, code, label, aliases);
            terms.add(new Term(code, number, label, text(node, "description"), text(node, "group"),
                    list(node, "qualifiers"), aliases, mark(node, path, marks)));
        }
        return terms;
    }

    /**
     * Code, label and aliases of one entry must each be told apart from those of every other entry when
     * matched ignoring case, spaces and punctuation; an alias may not be only a number (numbers are
     * matched as numbers).
     */
    private void distinguishable(Map<String, String> looseKeys, String path, String code, String label,
                                 List<String> aliases) {
        List<String[]> names = new ArrayList<>();
        names.add(new String[] {path + ".code", code});
        names.add(new String[] {path + ".label", label});
        for (int a = 0; a < aliases.size(); a++) {
            names.add(new String[] {path + ".aliases[" + a + "]", aliases.get(a)});
        }
        for (String[] name : names) {
            String key = Vocabulary.normalise(name[1]);
            if (key.isEmpty() || key.chars().allMatch(Character::isDigit)) {
                throw fail(name[0] + " '" + name[1] + "' must contain letters");
            }
            String owner = looseKeys.putIfAbsent(key, path);
            if (owner != null && !owner.equals(path)) {
                throw fail(name[0] + " '" + name[1] + "' cannot be told apart from the code, label or an alias of "
                        + owner + " when matched ignoring case, spaces and punctuation");
            }
        }
    }

    /** The entry's optional role mark, on one entry of the file at most. */
    private String mark(JsonNode node, String path, Map<String, String> seen) {
        String mark = text(node, "marks");
        if (mark != null) {
            unique(seen, mark, path + ".marks");
        }
        return mark;
    }

    // ---- reading fields the schema has already checked

    private StandardsDataException fail(String problem) {
        return new StandardsDataException(file + ": " + problem);
    }

    /** The field's text, stripped; null when absent. */
    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null ? null : value.asString().strip();
    }

    private static boolean flag(JsonNode object, String field, boolean defaultValue) {
        JsonNode value = object.get(field);
        return value == null ? defaultValue : value.booleanValue();
    }

    private static List<String> list(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null ? List.of() : value.valueStream().map(v -> v.asString().strip()).toList();
    }

    private void unique(Map<String, String> seen, String code, String fieldPath) {
        String previous = seen.putIfAbsent(code, fieldPath);
        if (previous != null) {
            throw fail(fieldPath + " '" + code + "' is used more than once (also at " + previous + ")");
        }
    }
}
