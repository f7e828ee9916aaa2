package org.cjengage.core.plan;

/**
 * Spreadsheet formula injection: a cell whose text begins with {@code = + - @} (or a tab or carriage
 * return) could run as a formula when the file is opened. Export prefixes such text with an apostrophe;
 * import removes exactly that prefix again, so a round trip gives the original text.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return dangerous(text.charAt(0)) ? "'" + text : text;
    }

    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && dangerous(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
