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

    /** The term marked with {@code mark} (its role in a rule, e.g. {@link StandardIds#MARK_REVIEW}). */
    public Optional<Term> marked(String mark) {
        return terms.stream().filter(t -> mark.equals(t.marks())).findFirst();
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
     * Finds a term from what a person typed or a spreadsheet holds: its number (also as a spreadsheet
     * number such as {@code 1.0}), its code, its label or one of its aliases, or a number followed by
     * that term's label ({@code "1. People with convictions"}). Codes, labels and aliases are compared
     * ignoring case, spaces and punctuation, so {@code "people with convictions"},
     * {@code "People-with-convictions"} and {@code "PEOPLE_WITH_CONVICTIONS"} all find the same term.
     */
    public Optional<Term> match(String numberCodeOrLabel) {
        if (numberCodeOrLabel == null || numberCodeOrLabel.isBlank()) {
            return Optional.empty();
        }
        String given = numberCodeOrLabel.strip();
        java.util.regex.Matcher numberOnly = NUMBER.matcher(given);
        if (numberOnly.matches()) {
            Optional<Term> numbered = byNumber(Integer.parseInt(numberOnly.group(1)));
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
        Optional<Term> named = terms.stream().filter(term -> names(term).contains(key)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        java.util.regex.Matcher numbered = NUMBER_THEN_TEXT.matcher(given);
        if (numbered.matches()) {
            Optional<Term> byNumber = byNumber(Integer.parseInt(numbered.group(1)));
            String rest = normalise(numbered.group(2));
            return byNumber.filter(term -> names(term).contains(rest));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(\\d{1,9})(?:\\.0*)?");
    private static final java.util.regex.Pattern NUMBER_THEN_TEXT =
            java.util.regex.Pattern.compile("(\\d{1,9})\\s*[.):\\-\u2013]?\\s+(\\S.*)", java.util.regex.Pattern.DOTALL);

    /** The normalised code, label and aliases of a term. */
    private static List<String> names(Term term) {
        return NAMES.computeIfAbsent(term, Vocabulary::computeNames);
    }

    private static final java.util.Map<Term, List<String>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> computeNames(Term term) {
        List<String> names = new java.util.ArrayList<>(term.aliases().size() + 2);
        names.add(normalise(term.code()));
        names.add(normalise(term.label()));
        term.aliases().forEach(alias -> names.add(normalise(alias)));
        return List.copyOf(names);
    }

    /** What a person may write for this vocabulary, for messages: "1 Label, 2 Label, ...". */
    public String acceptedValues() {
        return terms.stream().map(t -> (t.number() == null ? "" : t.number() + " ") + t.label())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    /** Lower case with everything but letters and digits removed; the key {@link #match} compares. */
    public static String normalise(String text) {
        // the same as removing NOT_ALPHANUMERIC from the lower-cased text, without a regex (imports call it per cell)
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        lower.codePoints().filter(Vocabulary::letterOrNumber).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@code \p{L}} or {@code \p{N}}, as {@link #NOT_ALPHANUMERIC} negates them. */
    private static boolean letterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
