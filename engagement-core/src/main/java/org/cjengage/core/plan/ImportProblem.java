package org.cjengage.core.plan;

/**
 * One reason an import row cannot be saved: the spreadsheet row number (the header is row 1), the column
 * header as the file wrote it (or null for the whole row/file), and a message key with arguments.
 */
public record ImportProblem(int row, String column, String messageKey, Object... args) {
    public ImportProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public String toString() {
        return "row " + row + " " + column + ": " + messageKey + java.util.Arrays.toString(args);
    }
}
