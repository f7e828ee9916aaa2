package org.cjengage.core.common;

import java.util.Objects;

/** One broken rule on one field: the field name, a message-bundle key and its arguments. */
public record Violation(String field, String messageKey, Object... args) {
    public Violation {
        Objects.requireNonNull(field);
        Objects.requireNonNull(messageKey);
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && field.equals(v.field) && messageKey.equals(v.messageKey)
                && java.util.Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, java.util.Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + java.util.Arrays.toString(args);
    }
}
