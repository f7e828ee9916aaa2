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
 * @param note        nullable
 * @param subjects    what the framework's assessments are about: activities, the partnership as a whole, or both
 * @param elementName nullable; the framework's own singular noun for its elements ("Standard", "Success factor")
 */
public record Framework(String id, String version, String title, String description, String note,
                        String scaleId, List<FrameworkElement> elements, java.util.Set<Subject> subjects,
                        String elementName) {

    /** What an assessment against a framework is about. */
    public enum Subject {
        /** One engagement activity of the plan. */
        ACTIVITY,
        /** The partnership as a whole (for example the success factors for third sector engagement). */
        PARTNERSHIP
    }

    /** A framework for activities, with no element noun of its own. */
    public Framework(String id, String version, String title, String description, String note, String scaleId,
                     List<FrameworkElement> elements) {
        this(id, version, title, description, note, scaleId, elements, java.util.Set.of(Subject.ACTIVITY), null);
    }

    public Framework {
        subjects = subjects == null || subjects.isEmpty() ? java.util.Set.of(Subject.ACTIVITY)
                : java.util.Set.copyOf(subjects);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scaleId, "scaleId");
        elements = List.copyOf(elements);
    }

    /** Whether activities can be assessed against it. */
    public boolean assessesActivities() {
        return subjects.contains(Subject.ACTIVITY);
    }

    /** Whether the partnership as a whole can be assessed against it. */
    public boolean assessesPartnership() {
        return subjects.contains(Subject.PARTNERSHIP);
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
