package org.cjengage.core.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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
 *   <li>Secondary: in a table whose total is shown, further cells are {@link Figure.Kind#HIDDEN} (smallest
 *   first) until no suppressed cell can be worked out from the total and the cells shown; if that cannot
 *   be reached, the total is hidden as well.</li>
 * </ul>
 */
public final class DisclosurePolicy {

    private final int threshold;

    public DisclosurePolicy(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the disclosure threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether any figure is suppressed for this audience. */
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

    /** Counts of people shown with their total (the sum of the cells). */
    public PeopleTable people(List<Long> cells, Audience audience) {
        cells.forEach(DisclosurePolicy::requireNotNegative);
        long total = cells.stream().mapToLong(Long::longValue).sum();
        List<Figure> shown = new ArrayList<>(cells.stream().map(c -> people(c, audience)).toList());
        if (!suppresses(audience) || shown.stream().allMatch(Figure::isExact)) {
            return new PeopleTable(shown, Figure.exact(total));
        }
        while (!safe(cells, shown, total)) {
            var next = IntStream.range(0, cells.size())
                    .filter(i -> shown.get(i).isExact() && cells.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparingLong(cells::get));
            if (next.isEmpty()) {
                return new PeopleTable(shown, Figure.hidden());
            }
            shown.set(next.get(), Figure.hidden());
        }
        return new PeopleTable(shown, Figure.exact(total));
    }

    /**
     * Whether every suppressed cell keeps at least two possible values, given the total, the cells shown,
     * that a small cell lies in [1, threshold-1], and that a hidden cell lies between the threshold and the
     * smallest non-zero cell still shown (the order in which cells are hidden).
     */
    private boolean safe(List<Long> cells, List<Figure> shown, long total) {
        long rest = total;
        long smallestShown = Long.MAX_VALUE;
        for (int i = 0; i < cells.size(); i++) {
            if (shown.get(i).isExact()) {
                rest -= cells.get(i);
                if (cells.get(i) > 0) {
                    smallestShown = Math.min(smallestShown, cells.get(i));
                }
            }
        }
        List<long[]> bounds = new ArrayList<>();
        for (Figure f : shown) {
            if (f.kind() == Figure.Kind.SMALL) {
                bounds.add(new long[] {1, threshold - 1L});
            } else if (f.kind() == Figure.Kind.HIDDEN) {
                bounds.add(new long[] {threshold, smallestShown});
            }
        }
        long sumLow = bounds.stream().mapToLong(b -> b[0]).sum();
        long unbounded = bounds.stream().filter(b -> b[1] == Long.MAX_VALUE).count();
        long sumHigh = bounds.stream().filter(b -> b[1] != Long.MAX_VALUE).mapToLong(b -> b[1]).sum();
        for (long[] b : bounds) {
            boolean selfUnbounded = b[1] == Long.MAX_VALUE;
            boolean othersUnbounded = unbounded - (selfUnbounded ? 1 : 0) > 0;
            long low = othersUnbounded ? b[0] : Math.max(b[0], rest - (sumHigh - (selfUnbounded ? 0 : b[1])));
            long high = Math.min(b[1], rest - (sumLow - b[0]));
            if (low >= high) {
                return false;
            }
        }
        return true;
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
