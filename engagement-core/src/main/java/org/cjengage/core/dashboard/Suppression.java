package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-number suppression, as pure functions (see docs/dashboard.md).
 * <ul>
 *   <li><b>Primary:</b> a count from 1 to threshold-1 becomes {@link Figure.Kind#SMALL} ("&lt;5").
 *   Zero is shown as 0: "nobody" identifies nobody, and the coverage map exists to show gaps.</li>
 *   <li><b>Secondary:</b> in a breakdown whose total is shown (the parts add up to it), a single small
 *   cell could be worked out by subtraction. So when exactly one cell is small, or when the small cells
 *   could only be all 1s or all (threshold-1)s, the smallest other non-zero cell is
 *   {@link Figure.Kind#HIDDEN} too.</li>
 *   <li>With {@code suppress == false} (leads, staff, admins) every figure is exact.</li>
 * </ul>
 */
public final class Suppression {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;
    private final boolean suppress;

    public Suppression(int threshold, boolean suppress) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
        this.suppress = suppress;
    }

    /** Exact figures for everyone (no suppression). */
    public static Suppression none() {
        return new Suppression(DEFAULT_THRESHOLD, false);
    }

    public int threshold() {
        return threshold;
    }

    public boolean active() {
        return suppress;
    }

    /** Primary suppression of one count on its own. */
    public Figure single(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        return suppress && isSmall(count) ? Figure.small() : Figure.exact(count);
    }

    /** Primary and secondary suppression of the parts of a total that is itself shown. */
    public List<Figure> breakdown(List<Long> cells) {
        List<Figure> result = new ArrayList<>(cells.stream().map(this::single).toList());
        if (!suppress) {
            return result;
        }
        List<Integer> smallIdx = IntStream.range(0, cells.size()).filter(i -> isSmall(cells.get(i))).boxed().toList();
        if (smallIdx.isEmpty()) {
            return result;
        }
        long smallSum = smallIdx.stream().mapToLong(cells::get).sum();
        int k = smallIdx.size();
        boolean derivable = k == 1 || smallSum == k || smallSum == (long) k * (threshold - 1);
        if (derivable) {
            IntStream.range(0, cells.size())
                    .filter(i -> result.get(i).isExact() && cells.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparingLong(cells::get))
                    .ifPresent(i -> result.set(i, Figure.hidden()));
        }
        return result;
    }

    private boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }
}
