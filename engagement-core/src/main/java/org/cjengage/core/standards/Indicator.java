package org.cjengage.core.standards;

import java.util.Objects;

/**
 * One indicator of a framework element, the unit that is scored in a review.
 *
 * @param code             unique within its framework, e.g. {@code "1a"}
 * @param text             what good practice looks like for this indicator
 * @param evidenceRequired whether a score against this indicator should be backed by evidence
 */
public record Indicator(String code, String text, boolean evidenceRequired) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
