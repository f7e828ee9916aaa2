package org.cjengage.core.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Plan status column of the outline action plan, numbered as in the paper plan. */
public enum PlanStatus {
    NOT_STARTED(1, "Not started", "not yet started", "to do", "planned"),
    IN_PROGRESS(2, "In progress", "ongoing", "underway", "started", "in hand"),
    COMPLETE(3, "Complete", "completed", "done", "finished");

    private final int number;
    private final String label;
    private final List<String> names;

    PlanStatus(int number, String label, String... aliases) {
        this.number = number;
        this.label = label;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(label, name()), Arrays.stream(aliases))
                .map(PlanStatus::key).toList();
    }

    /** The label written in plan files, as in the paper plan. */
    public String label() {
        return label;
    }

    /** "1 Not started, 2 In progress, 3 Complete": what a plan file may hold, for messages. */
    public static String acceptedValues() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.number + " " + s.label).toList());
    }

    /**
     * The status a cell means: its number (also {@code 2.0}), its label or a common wording, or the number
     * followed by a wording ({@code "2. In progress"}); case, spaces and punctuation are ignored.
     */
    public static Optional<PlanStatus> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = text.strip();
        java.util.regex.Matcher number = NUMBER.matcher(given);
        if (number.matches()) {
            return ofNumber(Integer.parseInt(number.group(1)));
        }
        String key = key(given);
        for (PlanStatus s : values()) {
            if (s.names.contains(key)) {
                return Optional.of(s);
            }
        }
        java.util.regex.Matcher numbered = NUMBER_THEN_TEXT.matcher(given);
        if (numbered.matches()) {
            Optional<PlanStatus> byNumber = ofNumber(Integer.parseInt(numbered.group(1)));
            String rest = key(numbered.group(2));
            return byNumber.filter(s -> s.names.contains(rest));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(\\d{1,3})(?:\\.0*)?");
    private static final java.util.regex.Pattern NUMBER_THEN_TEXT =
            java.util.regex.Pattern.compile("(\\d{1,3})\\s*[.):\\-\u2013]?\\s*(\\D.*)", java.util.regex.Pattern.DOTALL);

    private static String key(String text) {
        return org.cjengage.core.standards.Vocabulary.normalise(text);
    }

    public int number() {
        return number;
    }

    public static Optional<PlanStatus> ofNumber(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }
}
