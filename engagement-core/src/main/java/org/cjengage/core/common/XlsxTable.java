package org.cjengage.core.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way CJ Engage writes a table to an XLSX file, so that every export looks the same when opened: a bold,
 * shaded, frozen header row with an autofilter; columns as wide as their content (within limits) with wrapped
 * text; dates as real date cells shown dd/mm/yyyy; numbers as numbers; pages set up to print on A4 landscape,
 * one page wide, with the header row repeated. Rows are streamed, so large tables need little memory.
 *
 * <p>Cell values may be {@code null} (empty), {@link LocalDate}, {@link LocalDateTime}, {@link Number},
 * {@link Boolean} or anything else (written as its text, through the caller's formula-injection guard).
 */
public final class XlsxTable {

    /** The date format of every date cell (UK order). */
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    public static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
    /** Column widths in characters: no column narrower or (for text) wider than these. */
    static final int MIN_WIDTH = 8;
    static final int MAX_WIDTH = 60;
    private static final int MAX_HEADER_WIDTH = 24;

    private XlsxTable() {
    }

    /**
     * @param sheetName  the sheet's name (Excel allows 31 characters; longer names are cut)
     * @param header     the column headers
     * @param rows       the rows, each at most as long as the header
     * @param neutralise makes text safe from being read as a formula (e.g. {@code SpreadsheetText::neutralise})
     */
    public static byte[] write(String sheetName, List<String> header, List<? extends List<?>> rows,
                               UnaryOperator<String> neutralise) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            int[] widths = new int[header.size()];
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = Math.min(MAX_HEADER_WIDTH, longestWord(header.get(c)) + 2);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size() && c < header.size(); c++) {
                    widths[c] = Math.max(widths[c], write(row, c, values.get(c), styles, neutralise));
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c])) * 256);
            }
            if (!header.isEmpty()) {
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, header.size() - 1));
                sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one cell and says how wide (in characters) its column needs to be for it. */
    private static int write(Row row, int column, Object value, Styles styles, UnaryOperator<String> neutralise) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                return DATE_FORMAT.length() + 2;
            }
            case LocalDateTime time -> {
                cell.setCellValue(time);
                cell.setCellStyle(styles.dateTime);
                return DATE_TIME_FORMAT.length() + 2;
            }
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.number);
                return n.toString().length() + 2;
            }
            case Boolean b -> {
                cell.setCellValue(b);
                cell.setCellStyle(styles.text);
                return 6;
            }
            default -> {
                String text = neutralise.apply(value.toString());
                cell.setCellValue(text);
                cell.setCellStyle(styles.text);
                return longestLine(text) + 1;
            }
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\\R")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, Math.min(text.length(), 12));
    }

    /** The few cell styles every table shares (a workbook has a limited number of styles). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            var formats = workbook.getCreationHelper().createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat(DATE_FORMAT));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
            dateTime.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
