package org.cjengage.core.disclosure;

/**
 * A count as it may be shown to the current audience. A suppressed figure carries no value at all, so a
 * view or an export cannot leak it by mistake.
 *
 * @param value the exact count; {@code null} unless {@link #kind()} is {@link Kind#EXACT}
 */
public record Figure(Long value, Kind kind) {

    public enum Kind {
        /** Shown as it is. */
        EXACT,
        /** Primary suppression: a small count, shown as "fewer than the threshold" (e.g. "&lt;5"). */
        SMALL,
        /** Secondary suppression: not small itself, hidden so that a small one cannot be worked out. */
        HIDDEN
    }

    public Figure {
        if ((kind == Kind.EXACT) != (value != null)) {
            throw new IllegalArgumentException("an exact figure has a value, a suppressed one has none");
        }
    }

    public static Figure exact(long value) {
        return new Figure(value, Kind.EXACT);
    }

    public static Figure small() {
        return new Figure(null, Kind.SMALL);
    }

    public static Figure hidden() {
        return new Figure(null, Kind.HIDDEN);
    }

    public boolean isExact() {
        return kind == Kind.EXACT;
    }

}
