package org.cjengage.core.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cjengage.core.common.XlsxTable;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.cjengage.core.security.SpreadsheetText;

/**
 * Reads a table of text cells from XLSX or CSV, and writes one. Cells keep their text; XLSX date cells
 * are read as ISO dates. Every written text cell is neutralised against formula injection.
 */
public final class PlanFiles {

    public enum Format { XLSX, CSV }

    private PlanFiles() {
    }

    /** Most rows a sheet may have, title and header rows included (the plan itself allows 20,000 activities). */
    public static final int MAX_ROWS = 20_100;
    /** Most columns a sheet may have; the export writes 27. */
    public static final int MAX_COLUMNS = 200;
    /** Most cells (empty ones between filled ones included) the whole workbook may have. */
    public static final int MAX_CELLS = 2_000_000;
    /** Most sheets a workbook may have. */
    public static final int MAX_SHEETS = 50;

    /** One sheet of a file (a CSV file has one, named ""): its rows of cell texts, "" for empty. */
    public record Table(String name, List<List<String>> rows) {
        public Table {
            rows = java.util.Collections.unmodifiableList(rows);
        }
    }

    /** A file over one of the limits above or over the size limit: the message key and its arguments. */
    public static final class LimitException extends IOException {
        private final String messageKey;
        private final transient Object[] args;

        LimitException(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = args.clone();
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** XLSX when the name ends in .xlsx or the bytes are a ZIP file; CSV otherwise. */
    public static Format formatOf(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        return zip || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? Format.XLSX
                : Format.CSV;
    }

    /**
     * Reads an upload as it streams in and stops as soon as it passes {@code maxBytes}, so an oversized
     * upload never sits in memory whole.
     */
    public static byte[] readLimited(java.io.InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new LimitException("plan.import.tooLarge", maxBytes / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The rows of the file (first sheet for XLSX), each a list of cell texts ("" for empty). */
    public static List<List<String>> read(String fileName, byte[] bytes) throws IOException {
        List<Table> sheets = sheets(fileName, bytes);
        return sheets.isEmpty() ? List.of() : sheets.getFirst().rows();
    }

    /** Every sheet of the file, in workbook order; a CSV file is one sheet. Refuses files over the limits. */
    public static List<Table> sheets(String fileName, byte[] bytes) throws IOException {
        return formatOf(fileName, bytes) == Format.XLSX ? readXlsx(bytes) : List.of(new Table("", readCsv(bytes)));
    }

    private static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        Limits limits = new Limits();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
            for (CSVRecord record : parser) {
                limits.row(rows.size());
                List<String> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (c >= MAX_COLUMNS) {
                        if (!value.isBlank()) {
                            throw new LimitException("plan.import.tooManyColumns", rows.size() + 1, MAX_COLUMNS);
                        }
                        continue;
                    }
                    cells.add(value);
                }
                limits.cells(cells.size());
                rows.add(cells);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** Counts rows and cells against the limits while a sheet is read. */
    private static final class Limits {
        private long cells;

        void row(int zeroBasedRow) throws LimitException {
            if (zeroBasedRow >= MAX_ROWS) {
                throw new LimitException("plan.import.tooManyRows", MAX_ROWS);
            }
        }

        void cells(int more) throws LimitException {
            cells += more;
            if (cells > MAX_CELLS) {
                throw new LimitException("plan.import.tooManyCells", MAX_CELLS);
            }
        }
    }

    /** Streams each sheet (SAX), so a 10,000-row plan is read without building a workbook. */
    private static List<Table> readXlsx(byte[] bytes) throws IOException {
        List<Table> result = new ArrayList<>();
        Limits limits = new Limits();
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage
                .open(new ByteArrayInputStream(bytes))) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var sheets = (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                if (result.size() >= MAX_SHEETS) {
                    throw new LimitException("plan.import.tooManySheets", MAX_SHEETS);
                }
                List<List<String>> rows = new ArrayList<>();
                try (java.io.InputStream sheet = sheets.next()) {
                    org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
                    parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(
                            styles, null, strings, new RowCollector(rows, limits), new DataFormatter(Locale.UK),
                            false));
                    parser.parse(new org.xml.sax.InputSource(sheet));
                } catch (org.xml.sax.SAXException e) {
                    if (e.getCause() instanceof LimitException limit) {
                        throw limit;
                    }
                    if (e.getException() instanceof LimitException limit) {
                        throw limit;
                    }
                    throw e;
                }
                result.add(new Table(sheets.getSheetName(), rows));
            }
        } catch (LimitException e) {
            throw e;
        } catch (LimitError e) {
            throw e.limit;
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new IOException("not a readable XLSX file", e);
        }
        return result;
    }

    /** Carries a {@link LimitException} out of the SAX callbacks, which cannot throw checked exceptions. */
    private static final class LimitError extends RuntimeException {
        private final transient LimitException limit;

        LimitError(LimitException limit) {
            super(limit.getMessage(), null, false, false);
            this.limit = limit;
        }
    }

    /**
     * The zero-based column of a reference such as "AB12"; {@link Integer#MAX_VALUE} for a column far
     * beyond any sheet, so that "ZZZZZZZZ1" cannot overflow.
     */
    static int column(String reference) {
        long column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) column - 1;
    }

    /**
     * Collects cell texts by row and column, leaving "" for the gaps a sparse sheet has. Rows and columns
     * are checked against the limits before any gap is filled, and empty cells (styled but blank) add
     * nothing, so one cell far away is refused at once instead of padding a huge row.
     */
    private static final class RowCollector
            implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows;
        private final Limits limits;
        private int rowNum;

        RowCollector(List<List<String>> rows, Limits limits) {
            this.rows = rows;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            if (value == null || value.isEmpty()) {
                return;
            }
            try {
                limits.row(rowNum);
                while (rows.size() <= rowNum) {
                    rows.add(new ArrayList<>());
                }
                List<String> row = rows.get(rowNum);
                int column = reference == null ? row.size() : column(reference);
                if (column >= MAX_COLUMNS) {
                    throw new LimitException("plan.import.tooManyColumns", rowNum + 1, MAX_COLUMNS);
                }
                limits.cells(Math.max(1, column + 1 - row.size()));
                while (row.size() < column) {
                    row.add("");
                }
                if (column < row.size()) {
                    row.set(column, value);
                } else {
                    row.add(value);
                }
            } catch (LimitException e) {
                throw new LimitError(e);
            }
        }
    }

    public static byte[] writeCsv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF'); // so that spreadsheet programs read UTF-8
            printer.printRecord(header);
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value == null ? "" : value instanceof String s ? SpreadsheetText.neutralise(s) : value.toString());
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The plan as an XLSX sheet styled like every export ({@link XlsxTable}); dates are date cells. */
    public static byte[] writeXlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        return XlsxTable.write(sheetName, header, rows, SpreadsheetText::neutralise);
    }

}
