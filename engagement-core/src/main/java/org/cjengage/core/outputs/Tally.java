package org.cjengage.core.outputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cjengage.core.standards.Term;

/** Counts per code, kept in the order of a vocabulary so tables read in a stable, meaningful order. */
final class Tally {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    Tally(List<String> codesInOrder) {
        codesInOrder.forEach(c -> counts.put(c, 0));
    }

    static Tally ofTerms(List<Term> terms) {
        return new Tally(terms.stream().map(Term::code).toList());
    }

    void add(String code) {
        counts.merge(code, 1, Integer::sum);
    }

    int get(String code) {
        return counts.getOrDefault(code, 0);
    }

    Map<String, Integer> asMap() {
        return counts;
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
