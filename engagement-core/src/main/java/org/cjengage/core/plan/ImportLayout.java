package org.cjengage.core.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a file is read: which sheet, which row holds the headings (rows above it are titles and are
 * skipped), and what each column becomes. Every column of the sheet is listed, with its heading as the
 * file writes it (or "Column F" when it has none).
 *
 * @param sheet     zero-based index of the sheet
 * @param headerRow zero-based index of the heading row within the sheet
 */
public record ImportLayout(int sheet, int headerRow, List<Column> columns) {

    /**
     * One column of the file.
     *
     * @param index   zero-based column index
     * @param heading the heading as written in the file, or the column's letter name when it has none
     * @param empty   true when neither the heading nor any cell below it holds anything
     * @param samples the first few non-empty values below the heading, for the person mapping it
     */
    public record Column(int index, String heading, boolean empty, List<String> samples, ColumnTarget target) {
        public Column {
            samples = List.copyOf(samples);
            target = target == null ? ColumnTarget.UNDECIDED : target;
        }

        public Column withTarget(ColumnTarget newTarget) {
            return new Column(index, heading, empty, samples, newTarget);
        }

        /** A column that has something in it but is neither mapped nor ignored: it stops the import. */
        public boolean blocking() {
            return !empty && !target.decided();
        }
    }

    public ImportLayout {
        columns = List.copyOf(columns);
    }

    /** The same layout with one column's target changed. */
    public ImportLayout with(int columnIndex, ColumnTarget target) {
        List<Column> changed = new ArrayList<>(columns.size());
        for (Column column : columns) {
            changed.add(column.index() == columnIndex ? column.withTarget(target) : column);
        }
        return new ImportLayout(sheet, headerRow, changed);
    }

    /** The column index of each mapped field (the first column, if a field is mapped twice). */
    public Map<PlanColumn, Integer> fieldColumns() {
        Map<PlanColumn, Integer> fields = new EnumMap<>(PlanColumn.class);
        for (Column column : columns) {
            if (column.target().field() != null) {
                fields.putIfAbsent(column.target().field(), column.index());
            }
        }
        return fields;
    }

    public List<Column> blocking() {
        return columns.stream().filter(Column::blocking).toList();
    }

    /** The spreadsheet name of a zero-based column index: 0 is A, 26 is AA. */
    public static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
