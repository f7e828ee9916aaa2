package org.cjengage.core.standards;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A controlled list of terms (community types, methods, purposes, ...), in file order. */
public record Vocabulary(String id, String version, String title, String description, List<Term> terms) {

    public Vocabulary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String code) {
        return terms.stream().filter(term -> term.code().equals(code)).findFirst();
    }

    public Optional<Term> byNumber(int n) {
        return terms.stream().filter(term -> term.number() != null && term.number() == n).findFirst();
    }

    public boolean contains(String code) {
        return term(code).isPresent();
    }

    /** Terms whose group is the given one, in file order. */
    public List<Term> inGroup(String group) {
        return terms.stream().filter(term -> Objects.equals(term.group(), group)).toList();
    }

    /**
     * Finds a term from what a person typed or a spreadsheet holds: its number, its code or its
     * label. Codes and labels are compared ignoring case, spaces and punctuation, so
     * {@code "people with convictions"}, {@code "People-with-convictions"} and
     * {@code "PEOPLE_WITH_CONVICTIONS"} all find the same term.
     */
    public Optional<Term> match(String numberCodeOrLabel) {
        if (numberCodeOrLabel == null || numberCodeOrLabel.isBlank()) {
            return Optional.empty();
        }
        String given = numberCodeOrLabel.strip();
        if (given.chars().allMatch(Character::isDigit) && given.length() < 10) {
            Optional<Term> numbered = byNumber(Integer.parseInt(given));
            if (numbered.isPresent()) {
                return numbered;
            }
        }
        Optional<Term> exact = term(given);
        if (exact.isPresent()) {
            return exact;
        }
        String key = normalise(given);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return terms.stream()
                .filter(term -> normalise(term.code()).equals(key) || normalise(term.label()).equals(key))
                .findFirst();
    }

    /** Lower case with everything but letters and digits removed; the key {@link #match} compares. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
