package org.cjengage.core.opendata;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and writing the values of an {@link OpenDataExtension}'s part the way the core file does: every
 * value a string or null, so a bad value is reported for its row (with its place) instead of failing the file.
 */
public final class OpenDataValues {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private OpenDataValues() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * What a part writes ({@link OpenDataExtension#write}) as a tree, or null when it writes nothing: how a part that
     * streams answers {@link OpenDataExtension#export}, so both come from the same code.
     */
    public static JsonNode tree(String name, Consumer<OpenDataOutput> part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = OpenDataService.MAPPER.createGenerator(bytes)) {
            generator.writeStartObject();
            part.accept(new OpenDataOutput(generator, name));
            generator.writeEndObject();
        }
        return OpenDataService.MAPPER.readTree(bytes.toByteArray()).get(name);
    }

    /** The value as text, or null when missing or null; numbers and booleans are read as their text. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }

    /** The array under the field, or an empty list; anything else than an array is reported. */
    public static List<JsonNode> array(JsonNode node, String field, String at, Checks checks) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            checks.add(new Violation(at, "validation.opendata.notAList"));
            return out;
        }
        value.forEach(out::add);
        return out;
    }

    public static LocalDate date(Checks checks, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            checks.that(!required, field, "validation.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(new Violation(field, "validation.opendata.date", value));
            return null;
        }
    }

    public static Instant instant(Checks checks, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            checks.that(!required, field, "validation.required");
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(new Violation(field, "validation.opendata.instant", value));
            return null;
        }
    }

    public static Integer whole(Checks checks, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            checks.that(!required, field, "validation.required");
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            checks.add(new Violation(field, "validation.opendata.whole", value));
            return null;
        }
    }

    /** {@code true}/{@code false}; missing means false. */
    public static boolean yesNo(Checks checks, String field, String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        checks.that(value.strip().equals("true"), field, "validation.opendata.yesNo", value);
        return value.strip().equals("true");
    }

    public static <E extends Enum<E>> E member(Checks checks, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            checks.add(new Violation(field, "validation.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            checks.add(new Violation(field, "validation.unknownCode", value));
            return null;
        }
    }

    /**
     * A row's {@code ref}: required, at most 60 characters and not used before ({@code seen}: the part's, or the
     * file's plans and activities). A missing one is reported as required only, not also as a duplicate.
     */
    public static void ref(Checks checks, Set<String> seen, String at, String ref) {
        checks.requiredText(at + ".ref", ref, 60);
        if (ref != null && !ref.isBlank()) {
            checks.that(seen.add(ref), at + ".ref", "validation.opendata.duplicateRef", ref);
        }
    }

    /**
     * Reports a version this system cannot read. It reads its own version and the earlier minor versions of the
     * same major version: a minor version only adds optional fields, so an older file lacks nothing that is
     * needed, while a newer one may hold fields this system would drop.
     */
    public static void version(Checks checks, String at, String version, String own) {
        checks.that(readable(version, own), at, "validation.opendata.schemaVersion", String.valueOf(version), own);
    }

    static boolean readable(String version, String own) {
        Matcher file = VERSION.matcher(version == null ? "" : version.strip());
        Matcher ours = VERSION.matcher(own);
        return file.matches() && ours.matches() && file.group(1).equals(ours.group(1))
                && Integer.parseInt(file.group(2)) <= Integer.parseInt(ours.group(2));
    }

    public static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
