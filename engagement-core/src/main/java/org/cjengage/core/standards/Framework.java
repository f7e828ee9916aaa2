package org.cjengage.core.standards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment framework loaded from {@code standards/*.yaml}: elements with indicators that
 * are scored on the scale named by {@link #scaleId()}.
 *
 * <p>Every score should keep {@link #version()} so that it can be read against the wording it was
 * made against.
 *
 * @param note nullable
 */
public record Framework(String id, String version, String title, String description, String note,
                        String scaleId, List<FrameworkElement> elements) {

    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scaleId, "scaleId");
        elements = List.copyOf(elements);
    }

    /** All indicators of all elements, in file order. */
    public List<Indicator> allIndicators() {
        return elements.stream().flatMap(element -> element.indicators().stream()).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return allIndicators().stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    public Optional<FrameworkElement> element(String code) {
        return elements.stream().filter(element -> element.code().equals(code)).findFirst();
    }

    /** The element that holds the indicator with the given code. */
    public Optional<FrameworkElement> elementOf(String indicatorCode) {
        return elements.stream()
                .filter(element -> element.indicators().stream()
                        .anyMatch(indicator -> indicator.code().equals(indicatorCode)))
                .findFirst();
    }

    public int indicatorCount() {
        return elements.stream().mapToInt(element -> element.indicators().size()).sum();
    }
}
