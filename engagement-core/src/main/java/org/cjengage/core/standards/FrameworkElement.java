package org.cjengage.core.standards;

import java.util.List;
import java.util.Objects;

/**
 * A standard, factor or measure inside a framework, with the indicators that evidence it.
 *
 * @param code       unique within its framework, e.g. {@code "1"}
 * @param unverified true when the wording or indicator list has not been checked against the
 *                   published source (editable data; the UI may flag it)
 * @param indicators never empty
 */
public record FrameworkElement(String code, String name, String summary, boolean unverified,
                               List<Indicator> indicators) {

    public FrameworkElement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        indicators = List.copyOf(indicators);
    }
}
