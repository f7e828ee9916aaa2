package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

/**
 * One cell of a contributed dashboard section. Contributors return {@link Count}, {@link Average}, {@link Value},
 * {@link Label} and {@link Text}; the dashboard service replaces counts and averages by {@link Shown} and
 * {@link ShownAverage} after suppression, so contributors never decide what an audience may see.
 */
public sealed interface SectionCell {

    /** A number of people, activities, assessments or observations. */
    record Count(long value) implements SectionCell {
    }

    /**
     * A mean (e.g. a standard's average score) over {@code basis} items (e.g. approved assessments). When the
     * basis is suppressed, so is the mean.
     */
    record Average(double value, long basis) implements SectionCell {
    }

    /**
     * A measure that identifies nobody and is never suppressed (e.g. a stage on the participation scale, a
     * distance travelled). Charted like an average.
     */
    record Value(double value) implements SectionCell {
    }

    /** A message key the UI translates (e.g. a status); rendered as text. */
    record Label(String key) implements SectionCell {
    }

    /** Plain text (rendered as text, never HTML). */
    record Text(String text) implements SectionCell {
    }

    /** A count after suppression. */
    record Shown(Figure figure) implements SectionCell {
    }

    /** A mean after suppression; {@code value} is {@code null} when its basis is suppressed. */
    record ShownAverage(Double value, Figure basis) implements SectionCell {
    }
}
