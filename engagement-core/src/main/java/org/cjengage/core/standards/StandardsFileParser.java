package org.cjengage.core.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Turns the YAML tree of one standards file into a {@link Framework}, {@link Scale} or
 * {@link Vocabulary}, checking every field by hand so that each complaint names the file and the
 * path of the field, e.g. {@code elements[2].indicators[0].code}.
 */
final class StandardsFileParser {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    static final Set<String> COMMON_FIELDS = Set.of("id", "version", "type", "title", "description", "note");
    static final Set<String> FRAMEWORK_FIELDS = with(COMMON_FIELDS, "scale", "elements", "subjects",
            "elementName");
    static final Set<String> SCALE_FIELDS = with(COMMON_FIELDS, "points", "notApplicable", "target");
    static final Set<String> VOCABULARY_FIELDS = with(COMMON_FIELDS, "terms");
    static final Set<String> ELEMENT_FIELDS = Set.of("code", "name", "summary", "unverified", "indicators");
    static final Set<String> INDICATOR_FIELDS = Set.of("code", "text", "evidenceRequired");
    static final Set<String> POINT_FIELDS = Set.of("value", "code", "label", "description", "aliases", "marks");
    static final Set<String> NOT_APPLICABLE_FIELDS = Set.of("code", "label", "description");
    static final Set<String> TERM_FIELDS = Set.of("code", "number", "label", "description", "group", "qualifiers",
            "aliases", "marks");

    /** The value given to a scale's not-applicable point; it is never on the scale. */
    static final int NOT_APPLICABLE_VALUE = 0;

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
        if (!root.isObject()) {
            throw fail("the top level must be a mapping of fields (id, version, type, ...), found "
                    + describe(root));
        }
        String type = requiredText(root, "", "type");
        Set<String> allowed = switch (type) {
            case StandardsLoader.TYPE_FRAMEWORK -> FRAMEWORK_FIELDS;
            case StandardsLoader.TYPE_SCALE -> SCALE_FIELDS;
            case StandardsLoader.TYPE_VOCABULARY -> VOCABULARY_FIELDS;
            default -> throw fail("type '" + type + "' is not one of " + StandardsLoader.TYPE_FRAMEWORK + ", "
                    + StandardsLoader.TYPE_SCALE + ", " + StandardsLoader.TYPE_VOCABULARY);
        };
        onlyFields(root, "", allowed);
        String id = requiredText(root, "", "id");
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw fail("id '" + id + "' must be kebab-case (lower-case letters, digits and single hyphens)");
        }
        String version = requiredText(root, "", "version");
        String title = requiredText(root, "", "title");
        String description = requiredText(root, "", "description");
        String note = optionalText(root, "", "note");
        return switch (type) {
            case StandardsLoader.TYPE_FRAMEWORK -> {
                String scaleId = requiredText(root, "", "scale");
                Framework framework = new Framework(id, version, title, description, note, scaleId, elements(root),
                        subjects(root), optionalText(root, "", "elementName"));
                yield new Parsed(file, type, id, framework, scaleId);
            }
            case StandardsLoader.TYPE_SCALE -> new Parsed(file, type, id, scale(root, id, version, title, description, note), null);
            default -> new Parsed(file, type, id, new Vocabulary(id, version, title, description, terms(root)), null);
        };
    }

    // ---- assessment frameworks

    /** {@code subjects: [activity, partnership]}; missing means activities only. */
    private Set<Framework.Subject> subjects(JsonNode root) {
        JsonNode list = present(root, "subjects");
        if (list == null) {
            return Set.of(Framework.Subject.ACTIVITY);
        }
        if (!list.isArray() || list.isEmpty()) {
            throw fail("subjects must be a non-empty list of activity and/or partnership, found " + describe(list));
        }
        Set<Framework.Subject> subjects = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = "subjects[" + i + "]";
            String value = text(list.get(i), itemPath);
            Framework.Subject subject = switch (value) {
                case "activity" -> Framework.Subject.ACTIVITY;
                case "partnership" -> Framework.Subject.PARTNERSHIP;
                default -> throw fail(itemPath + " '" + value + "' is not one of activity, partnership");
            };
            if (!subjects.add(subject)) {
                throw fail(itemPath + " '" + value + "' is listed more than once");
            }
        }
        return subjects;
    }

    private List<FrameworkElement> elements(JsonNode root) {
        List<JsonNode> nodes = requiredList(root, "", "elements");
        List<FrameworkElement> elements = new ArrayList<>();
        Map<String, String> elementCodes = new HashMap<>();
        Map<String, String> indicatorCodes = new HashMap<>();
        for (int e = 0; e < nodes.size(); e++) {
            JsonNode node = nodes.get(e);
            String path = "elements[" + e + "]";
            onlyFields(node, path, ELEMENT_FIELDS);
            String code = requiredText(node, path, "code");
            unique(elementCodes, code, join(path, "code"));
            String name = requiredText(node, path, "name");
            String summary = requiredText(node, path, "summary");
            boolean unverified = optionalBoolean(node, path, "unverified", false);
            List<JsonNode> indicatorNodes = requiredList(node, path, "indicators");
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < indicatorNodes.size(); i++) {
                JsonNode indicatorNode = indicatorNodes.get(i);
                String indicatorPath = join(path, "indicators[" + i + "]");
                onlyFields(indicatorNode, indicatorPath, INDICATOR_FIELDS);
                String indicatorCode = requiredText(indicatorNode, indicatorPath, "code");
                unique(indicatorCodes, indicatorCode, join(indicatorPath, "code"));
                indicators.add(new Indicator(indicatorCode,
                        requiredText(indicatorNode, indicatorPath, "text"),
                        optionalBoolean(indicatorNode, indicatorPath, "evidenceRequired", true)));
            }
            elements.add(new FrameworkElement(code, name, summary, unverified, indicators));
        }
        return elements;
    }

    // ---- scales

    private Scale scale(JsonNode root, String id, String version, String title, String description, String note) {
        List<JsonNode> nodes = requiredList(root, "", "points");
        if (nodes.size() < 2) {
            throw fail("points must list at least two points");
        }
        Map<String, String> codes = new HashMap<>();
        Map<Integer, String> values = new HashMap<>();
        Map<String, String> looseKeys = new HashMap<>();
        Map<String, String> marks = new HashMap<>();
        List<ScalePoint> points = new ArrayList<>();
        for (int p = 0; p < nodes.size(); p++) {
            JsonNode node = nodes.get(p);
            String path = "points[" + p + "]";
            onlyFields(node, path, POINT_FIELDS);
            int value = requiredInt(node, path, "value");
            String previous = values.putIfAbsent(value, join(path, "value"));
            if (previous != null) {
                throw fail(join(path, "value") + " " + value + " is used more than once (also at " + previous + ")");
            }
            String code = requiredCode(node, path, "code");
            unique(codes, code, join(path, "code"));
            String label = requiredText(node, path, "label");
            List<String> aliases = aliases(node, path);
            distinguishable(looseKeys, path, code, label, aliases);
            points.add(new ScalePoint(value, code, label, optionalText(node, path, "description"), aliases,
                    marks(node, path, marks)));
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
        JsonNode naNode = present(root, "notApplicable");
        if (naNode != null) {
            expectObject(naNode, "notApplicable");
            onlyFields(naNode, "notApplicable", NOT_APPLICABLE_FIELDS);
            String code = requiredCode(naNode, "notApplicable", "code");
            unique(codes, code, "notApplicable.code");
            if (values.containsKey(NOT_APPLICABLE_VALUE)) {
                throw fail("notApplicable cannot be combined with a scale that has the value "
                        + NOT_APPLICABLE_VALUE + " (" + values.get(NOT_APPLICABLE_VALUE) + ")");
            }
            notApplicable = new ScalePoint(NOT_APPLICABLE_VALUE, code,
                    requiredText(naNode, "notApplicable", "label"),
                    optionalText(naNode, "notApplicable", "description"));
        }
        Integer target = present(root, "target") == null ? null : requiredInt(root, "", "target");
        if (target != null && !values.containsKey(target)) {
            throw fail("target " + target + " is not a value on the scale (" + points.getFirst().value()
                    + ".." + points.getLast().value() + ")");
        }
        return new Scale(id, version, title, description, note, points, notApplicable, target);
    }

    // ---- vocabularies

    private List<Term> terms(JsonNode root) {
        List<JsonNode> nodes = requiredList(root, "", "terms");
        Map<String, String> codes = new HashMap<>();
        Map<Integer, String> numbers = new HashMap<>();
        Map<String, String> looseKeys = new HashMap<>();
        Map<String, String> marks = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        for (int t = 0; t < nodes.size(); t++) {
            JsonNode node = nodes.get(t);
            String path = "terms[" + t + "]";
            onlyFields(node, path, TERM_FIELDS);
            String code = requiredCode(node, path, "code");
            unique(codes, code, join(path, "code"));
            Integer number = null;
            if (present(node, "number") != null) {
                number = requiredInt(node, path, "number");
                if (number < 1) {
                    throw fail(join(path, "number") + " must be 1 or more, found " + number);
                }
                String previous = numbers.putIfAbsent(number, join(path, "number"));
                if (previous != null) {
                    throw fail(join(path, "number") + " " + number + " is used more than once (also at "
                            + previous + ")");
                }
            }
            String label = requiredText(node, path, "label");
            List<String> aliases = aliases(node, path);
            distinguishable(looseKeys, path, code, label, aliases);
            String group = present(node, "group") == null ? null : requiredCode(node, path, "group");
            terms.add(new Term(code, number, label, optionalText(node, path, "description"), group,
                    qualifiers(node, path), aliases, marks(node, path, marks)));
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
        names.add(new String[] {join(path, "code"), code});
        names.add(new String[] {join(path, "label"), label});
        for (int a = 0; a < aliases.size(); a++) {
            names.add(new String[] {join(path, "aliases[" + a + "]"), aliases.get(a)});
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

    /** The entry's optional role mark: kebab-case, on one entry of the file at most. */
    private String marks(JsonNode node, String path, Map<String, String> seen) {
        String mark = optionalText(node, path, "marks");
        if (mark == null) {
            return null;
        }
        if (!KEBAB_CASE.matcher(mark).matches()) {
            throw fail(join(path, "marks") + " '" + mark + "' must be kebab-case (lower-case letters, digits and single hyphens)");
        }
        unique(seen, mark, join(path, "marks"));
        return mark;
    }

    private List<String> aliases(JsonNode node, String path) {
        JsonNode list = present(node, "aliases");
        if (list == null) {
            return List.of();
        }
        String listPath = join(path, "aliases");
        if (!list.isArray()) {
            throw fail(listPath + " must be a list, found " + describe(list));
        }
        List<String> aliases = new ArrayList<>();
        for (int a = 0; a < list.size(); a++) {
            aliases.add(text(list.get(a), listPath + "[" + a + "]"));
        }
        return List.copyOf(aliases);
    }

    private List<String> qualifiers(JsonNode node, String path) {
        JsonNode list = present(node, "qualifiers");
        if (list == null) {
            return List.of();
        }
        String listPath = join(path, "qualifiers");
        if (!list.isArray()) {
            throw fail(listPath + " must be a list, found " + describe(list));
        }
        Set<String> qualifiers = new LinkedHashSet<>();
        for (int q = 0; q < list.size(); q++) {
            String itemPath = listPath + "[" + q + "]";
            String qualifier = text(list.get(q), itemPath);
            if (!UPPER_SNAKE_CASE.matcher(qualifier).matches()) {
                throw fail(itemPath + " '" + qualifier + "' must be UPPER_SNAKE_CASE");
            }
            if (!qualifiers.add(qualifier)) {
                throw fail(itemPath + " '" + qualifier + "' is listed more than once");
            }
        }
        return List.copyOf(qualifiers);
    }

    // ---- field helpers; every failure names the file and the field path

    private StandardsDataException fail(String problem) {
        return new StandardsDataException(file + ": " + problem);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The field's node, or null when it is absent or explicitly empty. */
    private static JsonNode present(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    private void expectObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path + " must be a mapping of fields, found " + describe(node));
        }
    }

    private void onlyFields(JsonNode object, String path, Set<String> allowed) {
        expectObject(object, path.isEmpty() ? "the top level" : path);
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                throw fail(join(path, name) + " is not a known field (expected one of "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private String requiredText(JsonNode object, String path, String field) {
        JsonNode value = present(object, field);
        if (value == null) {
            throw fail(join(path, field) + " is missing");
        }
        return text(value, join(path, field));
    }

    private String optionalText(JsonNode object, String path, String field) {
        JsonNode value = present(object, field);
        return value == null ? null : text(value, join(path, field));
    }

    private String text(JsonNode value, String fieldPath) {
        String text;
        if (value.isString()) {
            text = value.stringValue().strip();
        } else if (value.isIntegralNumber()) {
            text = value.asString();
        } else if (value.isNumber()) {
            throw fail(fieldPath + " must be text; put the value in quotes, e.g. \"" + value.asString() + "\"");
        } else {
            throw fail(fieldPath + " must be text, found " + describe(value));
        }
        if (text.isEmpty()) {
            throw fail(fieldPath + " is blank");
        }
        return text;
    }

    private String requiredCode(JsonNode object, String path, String field) {
        String code = requiredText(object, path, field);
        if (!UPPER_SNAKE_CASE.matcher(code).matches()) {
            throw fail(join(path, field) + " '" + code + "' must be UPPER_SNAKE_CASE (capital letters, digits and single underscores, e.g. MY_CODE)");
        }
        return code;
    }

    private int requiredInt(JsonNode object, String path, String field) {
        JsonNode value = present(object, field);
        if (value == null) {
            throw fail(join(path, field) + " is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw fail(join(path, field) + " must be a whole number, found " + describe(value));
        }
        return value.intValue();
    }

    private boolean optionalBoolean(JsonNode object, String path, String field, boolean defaultValue) {
        JsonNode value = present(object, field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw fail(join(path, field) + " must be true or false, found " + describe(value));
        }
        return value.booleanValue();
    }

    private List<JsonNode> requiredList(JsonNode object, String path, String field) {
        String fieldPath = join(path, field);
        JsonNode value = present(object, field);
        if (value == null) {
            throw fail(fieldPath + " is missing");
        }
        if (!value.isArray()) {
            throw fail(fieldPath + " must be a list, found " + describe(value));
        }
        if (value.isEmpty()) {
            throw fail(fieldPath + " must not be empty");
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            expectObject(item, fieldPath + "[" + i + "]");
            items.add(item);
        }
        return items;
    }

    private void unique(Map<String, String> seen, String code, String fieldPath) {
        String previous = seen.putIfAbsent(code, fieldPath);
        if (previous != null) {
            throw fail(fieldPath + " '" + code + "' is used more than once (also at " + previous + ")");
        }
    }

    private static String describe(JsonNode node) {
        if (node.isString()) {
            return "text '" + node.stringValue() + "'";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " '" + node.asString() + "'";
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new LinkedHashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
