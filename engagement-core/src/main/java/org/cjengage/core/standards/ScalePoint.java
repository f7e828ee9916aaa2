package org.cjengage.core.standards;

import java.util.Objects;

/**
 * One value on a {@link Scale}. For a scale's not-applicable point the value is {@code 0} and has
 * no meaning: that point is never part of the scale's range.
 *
 * @param code        upper snake case, unique within the scale, e.g. {@code VERY_GOOD}
 * @param description empty when the file gives none
 */
public record ScalePoint(int value, String code, String label, String description) {

    public ScalePoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
    }
}
