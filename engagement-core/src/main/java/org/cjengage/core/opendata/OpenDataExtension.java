package org.cjengage.core.opendata;

import org.cjengage.core.common.Checks;
import tools.jackson.databind.JsonNode;

/**
 * How another feature adds its records (assessments, observations, ...) to the open-data file. Each bean
 * owns one key under {@code extensions}; it refers to activities by their refs. An import refuses a file
 * whose extensions no installed bean understands, so nothing is silently dropped.
 */
public interface OpenDataExtension {

    /** The key under {@code extensions}, e.g. {@code assessments}; also documents the part's own version. */
    String name();

    /**
     * This partnership's records as JSON, or null when it has none. Refs map the activities. A part that also
     * streams ({@link #write}) returns the same value here (the core's parts build it with
     * {@link OpenDataValues#tree}); the file itself is written with {@link #write}.
     */
    JsonNode export(long partnershipId, OpenDataRefs refs);

    /**
     * Writes this partnership's part straight into the file being written (issue 16: the file is streamed, not built
     * as a tree first), exactly the value {@link #export} returns, or nothing when that is null. The default writes
     * {@link #export}'s tree, so a part that only builds a tree still works; a part with many rows overrides this to
     * write them as it reads them. Checks access as {@link #export} does.
     */
    default void write(long partnershipId, OpenDataRefs refs, OpenDataOutput out) {
        JsonNode part = export(partnershipId, refs);
        if (part != null) {
            out.tree(part);
        }
    }

    /**
     * Checks the part without writing anything. Report problems with field paths starting
     * {@code extensions.<name>} (e.g. {@code extensions.assessments[3].score}).
     */
    void validate(JsonNode data, OpenDataRefs refs, Checks checks);

    /** Writes the part for the imported partnership; refs now map to the new ids. Called only if all is valid. */
    void importData(JsonNode data, long partnershipId, OpenDataRefs refs);
}
