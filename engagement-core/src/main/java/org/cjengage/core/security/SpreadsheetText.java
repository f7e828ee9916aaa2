package org.cjengage.core.security;

/**
 * The one formula neutraliser: makes user text safe to write into a spreadsheet cell (CSV, XLSX). Text that a
 * spreadsheet could read as a formula gets a leading apostrophe, so {@code =HYPERLINK(...)} shows as text instead
 * of running. "Could read as a formula" means: after any leading whitespace, invisible or control characters
 * (spaces, tabs, line breaks, no-break spaces, zero-width characters: spreadsheet programs may trim them) and
 * apostrophes, the text starts with {@code = + - @} or their full-width forms; or it starts with a tab or a
 * carriage return. {@link #restore} removes exactly the apostrophe {@link #neutralise} added, so an export read
 * back by an import gives the original text, including text that itself began with an apostrophe. Every export
 * that writes cells uses this class (plan XLSX and CSV through {@code PlanFiles}).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text as it may be written into a cell: unchanged, or with one leading apostrophe. */
    public static String neutralise(String text) {
        return risky(text) ? "'" + text : text;
    }

    /** The inverse of {@link #neutralise}: removes the apostrophe it adds, leaves any other text alone. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && risky(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && (ignorable(text.charAt(i)) || text.charAt(i) == '\'')) {
            i++;
        }
        return i < text.length() && formulaStart(text.charAt(i));
    }

    private static boolean ignorable(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}
