package org.cjengage.core.opendata;

import java.util.List;

import org.cjengage.core.common.Checks;
import org.cjengage.core.common.Violation;
import tools.jackson.databind.JsonNode;

/**
 * An {@link OpenDataExtension} whose part is an object with its own {@code version} and a list of rows under
 * {@link #rowsField()} (e.g. {@code {"version": "1.0", "assessments": [...]}}). Validation and import read the
 * part with the same {@link #parseRows}, so an import writes exactly what validation accepted.
 *
 * @param <T> a row as parsed, ready to be written
 */
public interface OpenDataPart<T> extends OpenDataExtension {

    /**
     * The version of the part this feature writes; it reads this version and the earlier minor versions of the same
     * major version ({@link OpenDataValues#version}), and refuses any other.
     */
    String version();

    /** The field of the part that holds the rows, e.g. {@code assessments}. */
    String rowsField();

    /**
     * Reads the rows, reporting each problem at its place ({@code at + "[3].stage"}).
     *
     * @return the rows read so far while no problem was found
     */
    List<T> parseRows(List<JsonNode> rows, String at, OpenDataRefs refs, Checks checks);

    @Override
    default void validate(JsonNode data, OpenDataRefs refs, Checks checks) {
        parse(data, refs, checks);
    }

    /** The part's rows: an object of a version it reads is expected; problems go to {@code checks}. */
    default List<T> parse(JsonNode data, OpenDataRefs refs, Checks checks) {
        String at = "extensions." + name();
        if (data == null || !data.isObject()) {
            checks.add(new Violation(at, "validation.opendata.notAPart"));
            return List.of();
        }
        OpenDataValues.version(checks, at + ".version", OpenDataValues.text(data, "version"), version());
        String rowsAt = at + "." + rowsField();
        return parseRows(OpenDataValues.array(data, rowsField(), rowsAt, checks), rowsAt, refs, checks);
    }

    /**
     * The part's rows for an import, which only runs after {@link #validate} found nothing.
     *
     * @throws org.cjengage.core.common.ValidationException if the part has a problem after all
     */
    default List<T> parseValid(JsonNode data, OpenDataRefs refs) {
        Checks checks = new Checks();
        List<T> rows = parse(data, refs, checks);
        checks.throwIfAny();
        return rows;
    }
}
