package org.cjengage.core.common;

import java.util.ArrayList;
import java.util.List;

/** Collects violations of one input, then throws them together so the user sees every problem at once. */
public final class Checks {

    /** Characters that render invisibly or reorder text (controls, bidi overrides); refused in user text. */
    private static final java.util.regex.Pattern FORBIDDEN = java.util.regex.Pattern.compile(
            "[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");

    private final List<Violation> violations = new ArrayList<>();

    /** Whether {@link #FORBIDDEN} occurs in the text, checked character by character (imports check every cell). */
    static boolean hasForbidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
            if (control || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F') {
                return true;
            }
        }
        return false;
    }

    public Checks required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            violations.add(new Violation(field, "validation.required"));
        }
        return this;
    }

    /** Optional text: at most {@code max} characters and no control or direction-override characters. */
    public Checks text(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
        if (hasForbidden(value)) {
            violations.add(new Violation(field, "validation.forbiddenCharacters"));
        }
        return this;
    }

    public Checks requiredText(String field, String value, int max) {
        required(field, value);
        return text(field, value, max);
    }

    public Checks that(boolean condition, String field, String messageKey, Object... args) {
        if (!condition) {
            violations.add(new Violation(field, messageKey, args));
        }
        return this;
    }

    public Checks add(Violation violation) {
        violations.add(violation);
        return this;
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
