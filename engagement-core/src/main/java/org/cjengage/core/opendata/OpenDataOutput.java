package org.cjengage.core.opendata;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Where an {@link OpenDataExtension} writes its part while the open-data file is being written: the part's place
 * under {@code extensions}, in the file's own generator (same indentation and escaping as the rest of the file).
 * A part with nothing to export writes nothing and the file has no key for it; a part that has rows calls
 * {@link #start()} once and writes exactly one JSON value (usually an object) to the generator it gets.
 */
public final class OpenDataOutput {

    private final JsonGenerator generator;
    private final String name;
    private boolean started;

    OpenDataOutput(JsonGenerator generator, String name) {
        this.generator = generator;
        this.name = name;
    }

    /**
     * Writes the part's key and returns the generator for its value.
     *
     * @throws IllegalStateException when called a second time
     */
    public JsonGenerator start() {
        if (started) {
            throw new IllegalStateException("The open-data part " + name + " was started twice");
        }
        started = true;
        generator.writeName(name);
        return generator;
    }

    /** Writes the whole part from a tree (what {@link OpenDataExtension#write}'s default does). */
    public void tree(JsonNode part) {
        start().writeTree(part);
    }

    /**
     * The generator of a part already started, to go on writing its value.
     *
     * @throws IllegalStateException when the part was not started
     */
    public JsonGenerator generator() {
        if (!started) {
            throw new IllegalStateException("The open-data part " + name + " was not started");
        }
        return generator;
    }

    /** Whether the part wrote anything. */
    public boolean started() {
        return started;
    }
}
