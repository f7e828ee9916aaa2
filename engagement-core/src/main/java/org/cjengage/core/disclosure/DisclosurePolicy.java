package org.cjengage.core.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The one disclosure rule of the application (docs/disclosure.md). Every dashboard, document, public page,
 * export and open-data file asks it how a number may be shown.
 * <ul>
 *   <li>Only counts of people (how many took part, respondents: anything that counts individuals) are ever
 *   suppressed, and only for {@link Audience#BEYOND}. Counts of activities, assessments or services, score
 *   means (shown with their n) and stages are not counts of people: {@link #count(long)} shows them as
 *   they are.</li>
 *   <li>A true zero is 0: "nobody" identifies nobody.</li>
 *   <li>Primary: a count of people from 1 to threshold-1 is {@link Figure.Kind#SMALL}.</li>
 *   <li>Secondary, in a table shown with its total ({@link #people(List, Audience)}): which cells are hidden
 *   depends only on what the reader can see, never on the hidden values, so the choice itself gives nothing
 *   away. With one small cell, the first other non-zero cell is {@link Figure.Kind#HIDDEN} as well; with
 *   two or more small cells, none. Then the total is shown only when the suppressed cells together (the
 *   total minus the cells shown) are at least 2 above the least and 2 below the most they could be
 *   (every small cell 1 and every hidden one the threshold; every small cell threshold-1): otherwise the
 *   total is hidden too. Every suppressed cell then keeps at least two possible values
 *   ({@code DisclosurePolicyPropertyTest} checks this against a brute-force attacker).</li>
 * </ul>
 * The threshold is 1 (nothing suppressed) or at least 3: with zero shown as 0, "fewer than 2" would say 1.
 */
public final class DisclosurePolicy {

    private final int threshold;

    public DisclosurePolicy(int threshold) {
        if (threshold < 1 || threshold == 2) {
            throw new IllegalArgumentException(
                    "the disclosure threshold must be 1 (off) or at least 3, was " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether counts of people are suppressed for this audience (small ones, and cells beside them). */
    public boolean suppresses(Audience audience) {
        return audience == Audience.BEYOND && threshold > 1;
    }

    /** A count that is not of people (activities, assessments, services, the n of a mean): always exact. */
    public Figure count(long count) {
        requireNotNegative(count);
        return Figure.exact(count);
    }

    /** A count of people shown on its own, with no total or parts beside it. */
    public Figure people(long count, Audience audience) {
        requireNotNegative(count);
        return suppresses(audience) && isSmall(count) ? Figure.small() : Figure.exact(count);
    }

    /**
     * A mean of people's own answers (e.g. feedback scores) over {@code n} answers: {@code null} (not shown) when
     * there is none or when {@code n} itself would be suppressed, since the mean of a few answers shows them.
     */
    public Double peopleMean(double mean, long n, Audience audience) {
        return n > 0 && people(n, audience).isExact() ? mean : null;
    }

    /** Counts of people shown with their total (the sum of the cells), e.g. people who took part per stage. */
    public PeopleTable people(List<Long> cells, Audience audience) {
        cells.forEach(DisclosurePolicy::requireNotNegative);
        long total = cells.stream().mapToLong(Long::longValue).sum();
        List<Figure> shown = new ArrayList<>(cells.stream().map(c -> people(c, audience)).toList());
        long small = shown.stream().filter(f -> f.kind() == Figure.Kind.SMALL).count();
        if (small == 0) {
            return new PeopleTable(shown, Figure.exact(total));
        }
        int hidden = 0;
        if (small == 1) {
            for (int i = 0; i < cells.size(); i++) {
                if (shown.get(i).isExact() && cells.get(i) > 0) {
                    shown.set(i, Figure.hidden());
                    hidden = 1;
                    break;
                }
            }
        }
        long suppressedSum = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (!shown.get(i).isExact()) {
                suppressedSum += cells.get(i);
            }
        }
        long least = small + (long) hidden * threshold;
        long most = hidden > 0 ? Long.MAX_VALUE : small * (threshold - 1L);
        boolean totalShown = small + hidden >= 2 && suppressedSum >= least + 2 && suppressedSum <= most - 2;
        return new PeopleTable(shown, totalShown ? Figure.exact(total) : Figure.hidden());
    }

    private boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }

    private static void requireNotNegative(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
    }
}
