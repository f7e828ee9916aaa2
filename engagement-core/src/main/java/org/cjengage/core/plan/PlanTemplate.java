package org.cjengage.core.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;

/**
 * An empty outline action plan in the layout strategies use: a title row, an outcome row, then the six
 * columns under their long headings. A second sheet lists the values each column accepts (numbers or
 * words). The file imports as it is, once rows are added.
 */
final class PlanTemplate {

    /** The six headings, worded as outline action plans word them. */
    static final List<String> HEADINGS = List.of(
            "What is the Engagement Activity (Brief Description)",
            "What Level of Engagement will be Used? Inform / Consult / Engage",
            "Focus of Engagement - which community (1-6, see Accepted values)",
            "Status of Plan (VOiCE) 1. Not started 2. In progress 3. Complete",
            "Lead Person",
            "What is expected to be achieved - Purpose? (details in brackets)");

    private PlanTemplate() {
    }

    static byte[] write(StandardsCatalogue standards, String title, String outcome) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle heading = workbook.createCellStyle();
            heading.cloneStyleFrom(bold);
            heading.setWrapText(true);

            Sheet plan = workbook.createSheet("Outline action plan");
            plan.createRow(0).createCell(0).setCellValue(org.cjengage.core.security.SpreadsheetText.neutralise(title));
            plan.getRow(0).getCell(0).setCellStyle(bold);
            plan.createRow(1).createCell(0).setCellValue(org.cjengage.core.security.SpreadsheetText.neutralise(outcome == null ? "" : outcome));
            Row head = plan.createRow(2);
            for (int c = 0; c < HEADINGS.size(); c++) {
                head.createCell(c).setCellValue(HEADINGS.get(c));
                head.getCell(c).setCellStyle(heading);
                plan.setColumnWidth(c, (c == 0 || c == 5 ? 48 : 24) * 256);
            }
            plan.createFreezePane(0, 3);

            Sheet values = workbook.createSheet("Accepted values");
            int r = 0;
            r = list(values, r, bold, "Level", standards.levels().points().stream()
                    .map(p -> p.value() + " " + p.label()).toList());
            r = list(values, r, bold, "Community", standards.communityTypes().terms().stream()
                    .map(PlanTemplate::numbered).toList());
            r = list(values, r, bold, "Status", java.util.Arrays.stream(PlanStatus.values())
                    .map(s -> s.number() + " " + s.label()).toList());
            list(values, r, bold, "Purpose (add details in brackets, or as who: ...; where: ...)",
                    standards.purposes().terms().stream().map(PlanTemplate::numbered).toList());
            values.setColumnWidth(0, 70 * 256);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String numbered(Term term) {
        return (term.number() == null ? "" : term.number() + " ") + term.label();
    }

    private static int list(Sheet sheet, int row, CellStyle bold, String title, List<String> items) {
        sheet.createRow(row).createCell(0).setCellValue(title);
        sheet.getRow(row).getCell(0).setCellStyle(bold);
        int r = row + 1;
        for (String item : items) {
            sheet.createRow(r++).createCell(0).setCellValue(item);
        }
        return r + 1;
    }

}
