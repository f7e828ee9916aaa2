package org.cjengage.core.outputs;

import java.util.List;
import java.util.Objects;

/** A headed section of an {@link OutputDocument}. */
public record OutputSection(String heading, List<Block> blocks) {

    public OutputSection {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    public static OutputSection of(String heading, Block... blocks) {
        return new OutputSection(heading, List.of(blocks));
    }
}
