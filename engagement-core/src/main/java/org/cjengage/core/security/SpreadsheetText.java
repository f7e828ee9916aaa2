package org.cjengage.core.security;

/**
 * Makes user text safe to write into a spreadsheet cell (CSV, XLSX): text that a spreadsheet would read as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, or a leading tab or carriage return) gets a leading
 * apostrophe, so {@code =HYPERLINK(...)} shows as text instead of running. For every export feature.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        return formula ? "'" + text : text;
    }
}
