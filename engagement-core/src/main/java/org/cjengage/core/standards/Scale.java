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
    public Optional<ScalePoint> byCode(String code) {
        if (notApplicable != null && notApplicable.code().equals(code)) {
            return Optional.of(notApplicable);
        }
        return points.stream().filter(point -> point.code().equals(code)).findFirst();
    }
}
