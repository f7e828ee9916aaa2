package org.cjengage.core.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary suppression proved by brute force: for generated tables of counts of people, an attacker who
 * knows the rule and sees what the policy shows (cells and total) enumerates every table the policy would
 * show identically. Every suppressed cell must take at least two values among them, so no hidden number
 * can be worked out from the total and the cells beside it.
 */
class DisclosurePolicyPropertyTest {

    @Property(tries = 2000)
    void noSuppressedCellCanBeWorkedOutFromWhatIsShown(@ForAll("tables") Table table) {
        DisclosurePolicy policy = new DisclosurePolicy(table.threshold());
        PeopleTable shown = policy.people(table.cells(), Audience.BEYOND);

        List<Set<Long>> possible = Attacker.possibleValues(cells -> policy.people(cells, Audience.BEYOND), policy.threshold(),
                shown, table.cells());

        for (int i = 0; i < table.cells().size(); i++) {
            if (shown.cell(i).isExact()) {
                assertThat(shown.cell(i).value()).isEqualTo(table.cells().get(i));
            } else {
                assertThat(possible.get(i)).as("cell %d of %s shown as %s", i, table, shown)
                        .contains(table.cells().get(i)).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @net.jqwik.api.Example
    void theAttackerWorksOutASmallCellWhenOnlyPrimarySuppressionIsApplied() {
        DisclosurePolicy policy = new DisclosurePolicy(5);
        Function<List<Long>, PeopleTable> primaryOnly = cells -> new PeopleTable(
                cells.stream().map(c -> policy.people(c, Audience.BEYOND)).toList(),
                Figure.exact(cells.stream().mapToLong(Long::longValue).sum()));
        List<Long> truth = List.of(2L, 7L, 0L);

        List<Set<Long>> possible = Attacker.possibleValues(primaryOnly, 5, primaryOnly.apply(truth), truth);

        assertThat(possible.getFirst()).containsExactly(2L);
    }

    @Property(tries = 1000)
    void onlySmallCountsAndCellsBesideThemAreSuppressedAndZeroIsAlwaysShown(@ForAll("tables") Table table) {
        DisclosurePolicy policy = new DisclosurePolicy(table.threshold());
        PeopleTable shown = policy.people(table.cells(), Audience.BEYOND);
        long small = table.cells().stream().filter(c -> c > 0 && c < table.threshold()).count();

        for (int i = 0; i < table.cells().size(); i++) {
            long value = table.cells().get(i);
            Figure.Kind expected = value == 0 || value >= table.threshold() && shown.cell(i).kind() != Figure.Kind.HIDDEN
                    ? Figure.Kind.EXACT : value < table.threshold() ? Figure.Kind.SMALL : Figure.Kind.HIDDEN;
            assertThat(shown.cell(i).kind()).isEqualTo(expected);
        }
        long hidden = shown.cells().stream().filter(f -> f.kind() == Figure.Kind.HIDDEN).count();
        assertThat(hidden).isLessThanOrEqualTo(small == 1 ? 1 : 0);
        if (small == 0) {
            assertThat(shown.total()).isEqualTo(Figure.exact(table.cells().stream().mapToLong(Long::longValue).sum()));
        }
    }

    @Property(tries = 500)
    void membersOfThePartnershipSeeEveryFigureExactly(@ForAll("tables") Table table) {
        PeopleTable shown = new DisclosurePolicy(table.threshold()).people(table.cells(), Audience.PARTNERSHIP);

        assertThat(shown.cells()).isEqualTo(table.cells().stream().map(Figure::exact).toList());
        assertThat(shown.anySuppressed()).isFalse();
    }

    @Provide
    Arbitrary<Table> tables() {
        return Arbitraries.of(3, 4, 5, 6, 10).flatMap(t -> {
            Arbitrary<Long> cell = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                    net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, t - 1)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(t, t + 3)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(t + 4, 40)));
            int maxCells = t <= 5 ? 6 : 4;
            return Combinators.combine(Arbitraries.just(t), cell.list().ofMinSize(1).ofMaxSize(maxCells))
                    .as(Table::new);
        });
    }

    record Table(int threshold, List<Long> cells) {
    }

    /** Knows the rule and the threshold; sees only the figures shown. */
    static final class Attacker {

        /** For each cell, every value it has in some table the policy shows exactly as {@code shown}. */
        static List<Set<Long>> possibleValues(Function<List<Long>, PeopleTable> policy, int t, PeopleTable shown,
                                              List<Long> truth) {
            long bound = truth.stream().mapToLong(Long::longValue).max().orElse(0) + 2L * t + 2;
            List<long[]> ranges = new ArrayList<>();
            for (Figure f : shown.cells()) {
                ranges.add(switch (f.kind()) {
                    case EXACT -> new long[] {f.value(), f.value()};
                    // the attacker does not trust the labels: any value the policy could have turned into this
                    case SMALL, HIDDEN -> new long[] {0, bound};
                });
            }
            List<Set<Long>> possible = new ArrayList<>();
            ranges.forEach(r -> possible.add(new HashSet<>()));
            long[] candidate = new long[ranges.size()];
            enumerate(policy, shown, ranges, candidate, 0, 0, possible);
            return possible;
        }

        private static void enumerate(Function<List<Long>, PeopleTable> policy, PeopleTable shown, List<long[]> ranges, long[] candidate,
                                      int index, long sum, List<Set<Long>> possible) {
            if (shown.total().isExact() && sum > shown.total().value()) {
                return;
            }
            if (index == ranges.size()) {
                List<Long> table = java.util.Arrays.stream(candidate).boxed().toList();
                if (policy.apply(table).equals(shown)) {
                    for (int i = 0; i < candidate.length; i++) {
                        possible.get(i).add(candidate[i]);
                    }
                }
                return;
            }
            long[] range = ranges.get(index);
            long high = range[1];
            if (shown.total().isExact() && index == lastSuppressed(shown)) {
                // the last unknown cell is fixed by the total
                long rest = shown.total().value() - sum - knownAfter(shown, index);
                if (rest < range[0] || rest > high) {
                    return;
                }
                candidate[index] = rest;
                enumerate(policy, shown, ranges, candidate, index + 1, sum + rest, possible);
                return;
            }
            for (long v = range[0]; v <= high; v++) {
                candidate[index] = v;
                enumerate(policy, shown, ranges, candidate, index + 1, sum + v, possible);
            }
        }

        private static int lastSuppressed(PeopleTable shown) {
            for (int i = shown.cells().size() - 1; i >= 0; i--) {
                if (!shown.cell(i).isExact()) {
                    return i;
                }
            }
            return -1;
        }

        private static long knownAfter(PeopleTable shown, int index) {
            long sum = 0;
            for (int i = index + 1; i < shown.cells().size(); i++) {
                sum += shown.cell(i).value();
            }
            return sum;
        }
    }
}
