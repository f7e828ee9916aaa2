package org.cjengage.core.feedback;

/**
 * One question of the feedback form, as data (standards/feedback/*.yaml).
 *
 * @param min       lowest answer of a {@link Kind#SCALE} question; 0 otherwise
 * @param max       highest answer of a {@link Kind#SCALE} question; 0 otherwise
 * @param maxLength longest answer of a {@link Kind#TEXT} question; 0 otherwise
 */
public record Question(String code, Kind kind, String text, String easyRead, int min, int max, String minLabel,
                       String maxLabel, int maxLength) {

    public enum Kind {
        /** A choice from min to max. */
        SCALE,
        /** Free text. */
        TEXT,
        /** One of the focus communities (vocabulary community-types). */
        COMMUNITY
    }

    /** The wording to show: the easy-read one when asked for. */
    public String wording(boolean easy) {
        return easy ? easyRead : text;
    }
}
