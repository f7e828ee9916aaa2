package org.cjengage.core.standards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered scale of contiguous whole-number points (scoring scale, participation scale,
 * engagement levels).
 *
 * @param note          nullable
 * @param points        in ascending order of value, contiguous, never empty
 * @param notApplicable nullable; the "not applicable" choice, which is not a value on the scale
 * @param target        nullable; the stretch target value, when the scale has one
 */
public record Scale(String id, String version, String title, String description, String note,
                    List<ScalePoint> points, ScalePoint notApplicable, Integer target) {

    public Scale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("scale " + id + " has no points");
        }
    }

    public int min() {
        return points.stream().mapToInt(ScalePoint::value).min().orElseThrow();
    }

    public int max() {
        return points.stream().mapToInt(ScalePoint::value).max().orElseThrow();
    }

    /** Whether the value is on the scale (the not-applicable point never is). */
    public boolean contains(int value) {
        return point(value).isPresent();
    }

    public Optional<ScalePoint> point(int value) {
        return points.stream().filter(point -> point.value() == value).findFirst();
    }

    /** The point with the given code, including the not-applicable point. */
    /** The point marked with {@code mark} (its role in a rule, e.g. {@link StandardIds#MARK_ENGAGED}). */
    public Optional<ScalePoint> marked(String mark) {
        return points.stream().filter(p -> mark.equals(p.marks())).findFirst();
    }

    public Optional<ScalePoint> byCode(String code) {
        if (notApplicable != null && notApplicable.code().equals(code)) {
            return Optional.of(notApplicable);
        }
        return points.stream().filter(point -> point.code().equals(code)).findFirst();
    }

    /**
     * The point a person or a spreadsheet means: its value (also as {@code 2.0}), its code, its label,
     * one of its aliases, or its value followed by its label ({@code "2 Consult"}); case, spaces and
     * punctuation are ignored. The not-applicable point is never matched.
     */
    public Optional<ScalePoint> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = text.strip();
        java.util.regex.Matcher number = NUMBER.matcher(given);
        String key = number.matches() ? number.group(1) : Vocabulary.normalise(given);
        for (ScalePoint point : points) {
            if (NAMES.computeIfAbsent(point, Scale::names).contains(key)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(\\d{1,9})(?:\\.0*)?");
    private static final java.util.Map<ScalePoint, List<String>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a point answers to, normalised: value, code, label, value and label, aliases. */
    private static List<String> names(ScalePoint point) {
        String value = String.valueOf(point.value());
        String label = Vocabulary.normalise(point.label());
        List<String> names = new java.util.ArrayList<>(List.of(value, Vocabulary.normalise(point.code()), label,
                value + label));
        point.aliases().forEach(alias -> names.add(Vocabulary.normalise(alias)));
        return List.copyOf(names);
    }

    /** What a person may write for this scale, for messages: "1 Label, 2 Label, ...". */
    public String acceptedValues() {
        return points.stream().map(p -> p.value() + " " + p.label())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
