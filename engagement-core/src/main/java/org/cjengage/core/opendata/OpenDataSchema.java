package org.cjengage.core.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.cjengage.core.common.SchemaPaths;
import org.cjengage.core.common.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The structure of an open-data file, checked against the published JSON Schema
 * ({@code open-data-v1.schema.json}, draft 2020-12) rather than by hand: required fields, the kind of each value,
 * lengths, date and number forms, the known versions and fixed codes, and fields the schema does not know. The
 * library's findings are turned into the file's own field paths ({@code plans[0].activities[3].level}) and the
 * message keys used everywhere else, never into the library's text. What the schema cannot say (codes from the
 * standards catalogue, refs that must exist, dates in order, duplicates) is checked in code afterwards.
 */
final class OpenDataSchema {

    static final String RESOURCE = "open-data-v1.schema.json";

    private static final Schema SCHEMA = load();

    private OpenDataSchema() {
    }

    private static Schema load() {
        try (InputStream in = OpenDataSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(OpenDataService.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every structural problem of the file, each once, in the order the schema found them. */
    static List<Violation> problems(JsonNode file) {
        List<Error> errors = SCHEMA.validate(file, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
        Set<Violation> out = new LinkedHashSet<>();
        for (Error error : errors) {
            out.add(violation(error));
        }
        return new ArrayList<>(out);
    }

    /**
     * A value of the wrong kind (a text where a list belongs, ...): the file cannot be read further, so the rules
     * are not checked. Any other problem (a length, a form, a code) leaves the file readable.
     */
    static boolean isShape(Violation v) {
        return SHAPE.contains(v.messageKey());
    }

    private static final Set<String> SHAPE = Set.of("validation.opendata.wrongShape", "validation.opendata.notAList",
            "validation.opendata.notAPart");

    private static Violation violation(Error error) {
        String at = SchemaPaths.of(error.getInstanceLocation());
        JsonNode value = error.getInstanceNode();
        String text = value == null || value.isContainer() || value.isNull() ? null : value.asString();
        JsonNode rule = error.getSchemaNode();
        return switch (error.getKeyword() == null ? "" : error.getKeyword()) {
            case "required" -> new Violation(join(at, error.getProperty()), "validation.required");
            case "additionalProperties" -> new Violation(join(at, error.getProperty()), "validation.opendata.unknownField",
                    error.getProperty());
            case "maxLength" -> new Violation(at, "validation.tooLong", rule == null ? null : rule.asInt());
            case "uniqueItems" -> new Violation(at, "validation.opendata.notUnique");
            case "pattern" -> pattern(at, text, rule == null ? "" : rule.asString());
            case "format" -> new Violation(at, at.endsWith("At") ? "validation.opendata.instant" : "validation.opendata.date",
                    text);
            case "enum", "const" -> fixed(at, text, rule);
            case "type" -> new Violation(at.isEmpty() ? "file" : at, at.startsWith("extensions.") && expects(rule, "array") ? "validation.opendata.notAList"
                    : at.startsWith("extensions.") && at.indexOf('.', 11) < 0 ? "validation.opendata.notAPart"
                    : "validation.opendata.wrongShape");
            default -> new Violation(at.isEmpty() ? "file" : at, "validation.opendata.wrongShape");
        };
    }

    private static Violation pattern(String at, String text, String pattern) {
        if (pattern.contains("\\d{4}-")) {
            return new Violation(at, "validation.opendata.date", text);
        }
        if (pattern.contains("[0-9]") || pattern.contains("\\d")) {
            return new Violation(at, "validation.opendata.whole", text);
        }
        return new Violation(at, "validation.opendata.pattern", text);
    }

    /** A value outside a fixed list: a version this system cannot read, a yes/no, or an unknown code. */
    private static Violation fixed(String at, String text, JsonNode allowed) {
        if (at.equals("schemaVersion") || at.endsWith(".version")) {
            String own = allowed != null && allowed.isArray() && !allowed.isEmpty()
                    ? allowed.get(allowed.size() - 1).asString() : OpenDataFile.SCHEMA_VERSION;
            return new Violation(at, "validation.opendata.schemaVersion", String.valueOf(text), own);
        }
        if (allowed != null && allowed.isArray() && allowed.toString().contains("\"true\"")) {
            return new Violation(at, "validation.opendata.yesNo", text);
        }
        if (at.equals("schema")) {
            return new Violation(at, "validation.opendata.notOpenData");
        }
        return new Violation(at, "validation.unknownCode", text);
    }

    private static boolean expects(JsonNode typeRule, String type) {
        if (typeRule == null) {
            return false;
        }
        if (typeRule.isArray()) {
            for (JsonNode t : typeRule) {
                if (t.asString().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return typeRule.asString().equals(type);
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
