package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

/**
 * One cell of a contributed dashboard section. Contributors return {@link Count}, {@link People},
 * {@link Average}, {@link Value}, {@link Label} and {@link Text}; the dashboard service replaces counts and
 * averages by {@link Shown} and {@link ShownAverage} through the disclosure policy, so contributors never
 * decide what an audience may see; they only say what a number counts.
 */
public sealed interface SectionCell {

    /** A number of things that are not people (activities, assessments, observations, services): exact. */
    record Count(long value) implements SectionCell {
    }

    /**
     * A number of people (e.g. respondents): suppressed when small for an audience beyond the partnership.
     * Cells of one column are not added up on screen, so each gets primary suppression only.
     */
    record People(long value) implements SectionCell {
    }

    /**
     * A mean of people's own answers (e.g. feedback scores) over {@code people} answers: shown with its n, and
     * not at all when that n is suppressed, since the mean of a few people's answers would show them.
     */
    record PeopleAverage(double value, long people) implements SectionCell {
    }

    /**
     * A mean (e.g. a standard's average score) over {@code basis} items (e.g. approved assessments), shown as it
     * is with its n: a mean is not a count of people.
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

    /** A count after the disclosure policy. */
    record Shown(Figure figure) implements SectionCell {
    }

    /** A mean with its n; {@code value} is {@code null} when nothing was averaged (n = 0). */
    record ShownAverage(Double value, Figure basis) implements SectionCell {
    }
}
