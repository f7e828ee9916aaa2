package org.cjengage.core.plan;

import java.util.Optional;

/**
 * What one column of an imported file becomes: a plan field, ignored on purpose, or not decided yet
 * (field null and not ignored). A non-empty column that is not decided stops the import.
 */
public record ColumnTarget(PlanColumn field, boolean ignored) {

    public static final ColumnTarget IGNORE = new ColumnTarget(null, true);
    public static final ColumnTarget UNDECIDED = new ColumnTarget(null, false);
    static final String IGNORE_NAME = "IGNORE";

    public ColumnTarget {
        if (field != null && ignored) {
            throw new IllegalArgumentException("a column is either mapped or ignored");
        }
    }

    public static ColumnTarget of(PlanColumn field) {
        return field == null ? UNDECIDED : new ColumnTarget(field, false);
    }

    public boolean decided() {
        return field != null || ignored;
    }

    /** The stored form: the field's name or IGNORE; empty when undecided. */
    Optional<String> storedName() {
        return ignored ? Optional.of(IGNORE_NAME) : Optional.ofNullable(field).map(Enum::name);
    }

    static Optional<ColumnTarget> fromStoredName(String name) {
        if (IGNORE_NAME.equals(name)) {
            return Optional.of(IGNORE);
        }
        try {
            return Optional.of(of(PlanColumn.valueOf(name)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
