package org.cjengage.core.dashboard;

import java.util.List;

/**
 * The codes the figures are broken down by, in display order, and the stage whose overdue activities are
 * overdue reviews: all from the standards data.
 */
public record Dimensions(List<String> levels, List<String> communities, List<String> stages, String reviewStage) {

    /** Stage bucket of activities with no commissioning-cycle stage. */
    public static final String NO_STAGE = "NONE";

    public Dimensions {
        levels = List.copyOf(levels);
        communities = List.copyOf(communities);
        stages = List.copyOf(stages);
    }

    /** The stage codes plus {@link #NO_STAGE}. */
    public List<String> stageBuckets() {
        return java.util.stream.Stream.concat(stages.stream(), java.util.stream.Stream.of(NO_STAGE)).toList();
    }
}
