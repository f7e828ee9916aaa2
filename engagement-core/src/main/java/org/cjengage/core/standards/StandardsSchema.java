package org.cjengage.core.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.cjengage.core.common.SchemaPaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structure of a standards file, checked against the published JSON Schema
 * ({@code standards/schema/framework-file.schema.json}, draft 2020-12) rather than by hand: required fields,
 * the kind of each value, code and id forms, list lengths and unknown fields. The file is checked against
 * the branch its {@code type} names, so each problem is that branch's, and the library's findings are turned
 * into the file's own field paths ({@code elements[2].indicators[0].code}) and plain sentences, never the
 * library's text. What the schema cannot say (unique codes, contiguous values, distinguishable names,
 * references between files, marks the application needs) is checked in code afterwards.
 */
public final class StandardsSchema {

    static final String RESOURCE = "standards/schema/framework-file.schema.json";
    static final String QUESTIONNAIRE_RESOURCE = "standards/schema/feedback-questionnaire.schema.json";

    private static final String UPPER_SNAKE = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    private static final String KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private final ObjectNode document;
    private final Schema common;
    private final Map<String, Schema> byType;

    /** The schema of the framework, scale and vocabulary files. */
    StandardsSchema() {
        document = read(RESOURCE);
        common = schema(null);
        byType = Map.of(StandardsLoader.TYPE_FRAMEWORK, schema("assessmentFramework"),
                StandardsLoader.TYPE_SCALE, schema("scale"), StandardsLoader.TYPE_VOCABULARY, schema("vocabulary"));
    }

    private StandardsSchema(String resource) {
        document = read(resource);
        common = schema(null);
        byType = Map.of();
    }

    /** The schema of the participant feedback questionnaire ({@code standards/feedback/*.yaml}). */
    public static StandardsSchema questionnaire() {
        return new StandardsSchema(QUESTIONNAIRE_RESOURCE);
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = StandardsSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return (ObjectNode) new JsonMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole schema with its choice of branch replaced by {@code branch} (none: the fields every file has). */
    private Schema schema(String branch) {
        ObjectNode copy = document.deepCopy();
        copy.remove("$id");
        copy.remove("oneOf");
        if (branch != null) {
            copy.put("$ref", "#/$defs/" + branch);
        }
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(copy);
    }

    /**
     * Every structural problem of one file's tree, each a sentence starting with the field path; empty if the
     * structure is sound. Fields given with no value count as absent, as everywhere in the format.
     */
    public List<String> problems(JsonNode root) {
        if (!root.isObject()) {
            return List.of("the top level must be a mapping of fields (" + String.join(", ",
                    document.path("required").valueStream().map(JsonNode::asString).toList()) + "), found "
                    + describe(root));
        }
        JsonNode type = root.get("type");
        Schema schema = type != null && type.isString() ? byType.getOrDefault(type.stringValue(), common) : common;
        Set<String> out = new LinkedHashSet<>();
        for (Error error : schema.validate(root)) {
            out.add(sentence(error));
        }
        return new ArrayList<>(out);
    }

    /** Removes fields given with no value ({@code note:}), everywhere in the tree: they mean "absent". */
    public static void dropEmptyFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.propertyNames().stream().filter(name -> object.get(name).isNull()).toList().forEach(object::remove);
            object.values().forEach(StandardsSchema::dropEmptyFields);
        } else if (node.isArray()) {
            node.values().forEach(StandardsSchema::dropEmptyFields);
        }
    }

    private String sentence(Error error) {
        String at = SchemaPaths.of(error.getInstanceLocation());
        JsonNode value = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "required" -> join(at, error.getProperty()) + " is missing";
            case "additionalProperties" -> join(at, error.getProperty()) + " is not a known field (expected one of "
                    + knownFields(error) + ")";
            case "type" -> wrongType(at, value, rule);
            case "minItems" -> value != null && value.isEmpty() ? at + " must not be empty"
                    : at + " must list at least " + rule.asInt() + " entries";
            case "minLength" -> at + " is blank";
            case "pattern" -> pattern(at, value, rule.asString());
            case "enum", "const" -> at + " '" + text(value) + "' is not one of " + String.join(", ",
                    rule.valueStream().map(JsonNode::asString).toList());
            case "uniqueItems" -> at + " lists the same entry more than once";
            case "minimum" -> at + " must be " + rule.asString() + " or more, found " + text(value);
            case "maximum" -> at + " must be " + rule.asString() + " or less, found " + text(value);
            default -> at + " is not valid: " + error.getMessage();
        };
    }

    private static String wrongType(String at, JsonNode value, JsonNode rule) {
        String expected = rule.isArray() ? rule.get(0).asString() : rule.asString();
        return switch (expected) {
            case "string" -> value.isNumber() && !value.isIntegralNumber()
                    ? at + " must be text; put the value in quotes, e.g. \"" + value.asString() + "\""
                    : at + " must be text" + (value.isNumber() ? "; put the value in quotes, e.g. \"" + value.asString()
                    + "\"" : ", found " + describe(value));
            case "integer" -> at + " must be a whole number, found " + describe(value);
            case "array" -> at + " must be a list, found " + describe(value);
            case "object" -> (at.isEmpty() ? "the top level" : at) + " must be a mapping of fields, found "
                    + describe(value);
            case "boolean" -> at + " must be true or false, found " + describe(value);
            default -> at + " must be " + expected + ", found " + describe(value);
        };
    }

    private static String pattern(String at, JsonNode value, String pattern) {
        String given = at + " '" + text(value) + "'";
        return switch (pattern) {
            case UPPER_SNAKE -> given + " must be UPPER_SNAKE_CASE (capital letters, digits and single underscores,"
                    + " e.g. MY_CODE)";
            case KEBAB -> given + " must be kebab-case (lower-case letters, digits and single hyphens)";
            case "\\S" -> at + " is blank";
            case "[A-Za-z]" -> given + " must contain letters";
            default -> given + " does not have the expected form (" + pattern + ")";
        };
    }

    /** The fields the schema allows where an unknown one was found, sorted. */
    private String knownFields(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            pointer.append('/').append(fragment.getElement(i));
        }
        JsonNode properties = document.at(pointer + "/properties");
        return new TreeSet<>(properties.propertyNames()).toString();
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.asString();
    }

    static String describe(JsonNode node) {
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
}
