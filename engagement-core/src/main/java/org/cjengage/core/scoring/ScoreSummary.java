package org.cjengage.core.scoring;

import java.util.OptionalDouble;

/**
 * The result of a group of indicators: the mean of those scored, and how many were scored, not
 * applicable or left empty. When nothing was scored there is no result (never zero).
 *
 * @param mean nullable: no indicator in the group has a value
 */
public record ScoreSummary(Double mean, int scored, int notApplicable, int missing) {

    public static final ScoreSummary EMPTY = new ScoreSummary(null, 0, 0, 0);

    public boolean hasResult() {
        return mean != null;
    }

    public OptionalDouble result() {
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    public int total() {
        return scored + notApplicable + missing;
    }
}
