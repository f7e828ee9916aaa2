package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts by code, in display order, after suppression (primary and secondary: the parts add up to the total). */
public record Breakdown(List<Item> items) {

    public record Item(String code, Figure figure) {
    }

    public Breakdown {
        items = List.copyOf(items);
    }

    public static Breakdown of(Map<String, Long> counts, Suppression suppression) {
        List<String> codes = new ArrayList<>(counts.keySet());
        List<Figure> figures = suppression.breakdown(codes.stream().map(counts::get).toList());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            items.add(new Item(codes.get(i), figures.get(i)));
        }
        return new Breakdown(items);
    }

    public Figure figure(String code) {
        return items.stream().filter(i -> i.code().equals(code)).map(Item::figure).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + code));
    }
}
