package org.cjengage.core.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cjengage.core.security.SpreadsheetText;

/**
 * Reads a table of text cells from XLSX or CSV, and writes one. Cells keep their text; XLSX date cells
 * are read as ISO dates. Every written text cell is neutralised against formula injection.
 */
public final class PlanFiles {

    public enum Format { XLSX, CSV }

    private PlanFiles() {
    }

    /** XLSX when the name ends in .xlsx or the bytes are a ZIP file; CSV otherwise. */
    public static Format formatOf(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        return zip || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? Format.XLSX
                : Format.CSV;
    }

    /** The rows of the file (first sheet for XLSX), each a list of cell texts ("" for empty). */
    public static List<List<String>> read(String fileName, byte[] bytes) throws IOException {
        return formatOf(fileName, bytes) == Format.XLSX ? readXlsx(bytes) : readCsv(bytes);
    }

    private static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Streams the first sheet (SAX), so a 10,000-row plan is read without building a workbook. */
    private static List<List<String>> readXlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage
                .open(new ByteArrayInputStream(bytes))) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows;
            }
            try (java.io.InputStream sheet = sheets.next()) {
                org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
                parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, new RowCollector(rows), new DataFormatter(Locale.UK),
                        false));
                parser.parse(new org.xml.sax.InputSource(sheet));
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new IOException("not a readable XLSX file", e);
        }
        return rows;
    }

    /** The zero-based column of a reference such as "AB12". */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Collects cell texts by row and column, leaving "" for the gaps a sparse sheet has. */
    private record RowCollector(List<List<String>> rows)
            implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {
        @Override
        public void startRow(int rowNum) {
            while (rows.size() <= rowNum) {
                rows.add(new ArrayList<>());
            }
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            List<String> row = rows.getLast();
            int column = reference == null ? row.size() : column(reference);
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
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

    public static byte[] writeXlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        String s = SpreadsheetText.neutralise(value.toString());
                        cell.setCellValue(s);
                        if (s.indexOf('\n') >= 0) {
                            cell.setCellStyle(wrap);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
}
