package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.disclosure.PeopleTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figures by code, in display order, with their total, as the audience may see them: counts of activities
 * exact; counts of people through {@link DisclosurePolicy#people(List, Audience)} (show {@link #total()}, never
 * a sum of the items: it is hidden when it would give a suppressed item away).
 */
public record Breakdown(List<Item> items, Figure total) {

    public record Item(String code, Figure figure) {
    }

    public Breakdown {
        items = List.copyOf(items);
    }

    /** Counts that are not of people (activities): exact. */
    public static Breakdown of(Map<String, Long> counts, DisclosurePolicy policy) {
        List<String> codes = new ArrayList<>(counts.keySet());
        return of(codes, codes.stream().map(c -> policy.count(counts.get(c))).toList(),
                policy.count(counts.values().stream().mapToLong(Long::longValue).sum()));
    }

    /** Counts of people, with primary and secondary suppression for the audience. */
    public static Breakdown people(Map<String, Long> counts, DisclosurePolicy policy, Audience audience) {
        List<String> codes = new ArrayList<>(counts.keySet());
        PeopleTable table = policy.people(codes.stream().map(counts::get).toList(), audience);
        return of(codes, table.cells(), table.total());
    }

    private static Breakdown of(List<String> codes, List<Figure> figures, Figure total) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            items.add(new Item(codes.get(i), figures.get(i)));
        }
        return new Breakdown(items, total);
    }

    public Figure figure(String code) {
        return items.stream().filter(i -> i.code().equals(code)).map(Item::figure).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + code));
    }

    /** Whether any item or the total is suppressed. */
    public boolean anySuppressed() {
        return !total.isExact() || items.stream().anyMatch(i -> !i.figure().isExact());
    }
}
