package org.cjengage.core.plan;

/**
 * One reason an import cannot be saved: the spreadsheet row number as the file numbers it (title rows
 * included), the column heading as the file writes it (null for the whole row or file), the value found
 * (null when there is none), the values that would have been accepted (null when any text is), and a
 * message key with arguments.
 */
public record ImportProblem(int row, String column, String value, String accepted, String messageKey,
                            Object... args) {
    public ImportProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    /** A problem with the whole file or the heading row, with no single value. */
    public static ImportProblem of(int row, String column, String messageKey, Object... args) {
        return new ImportProblem(row, column, null, null, messageKey, args);
    }

    @Override
    public String toString() {
        return "row " + row + " " + column + " [" + value + "]: " + messageKey + java.util.Arrays.toString(args)
                + (accepted == null ? "" : " accepted: " + accepted);
    }
}
