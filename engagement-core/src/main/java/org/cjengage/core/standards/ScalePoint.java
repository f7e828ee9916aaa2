package org.cjengage.core.standards;

import java.util.List;
import java.util.Objects;

/**
 * One value on a {@link Scale}. For a scale's not-applicable point the value is {@code 0} and has
 * no meaning: that point is never part of the scale's range.
 *
 * @param code        upper snake case, unique within the scale, e.g. {@code VERY_GOOD}
 * @param description empty when the file gives none
 * @param aliases     other wordings that mean this point, matched like the label on import; empty if none
 * @param marks       nullable; the role this point plays in a rule (kebab-case, at most once per scale), so
 *                    code finds it by role, never by its code (see {@link StandardIds#REQUIRED_MARKS})
 */
public record ScalePoint(int value, String code, String label, String description, List<String> aliases,
                         String marks) {

    public ScalePoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A point without aliases. */
    public ScalePoint(int value, String code, String label, String description) {
        this(value, code, label, description, List.of(), null);
    }
}
