package org.cjengage.core.outputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders an {@link OutputDocument} as an editable Word document: real Title/Heading styles (so the
 * navigation pane and screen readers see the structure), tables with a repeated header row, document title
 * and language in the properties; A4 pages with 2.54 cm margins.
 */
public final class DocxRenderer {

    /** A4 is 210 x 297 mm: 11906 x 16838 twips. */
    static final int A4_WIDTH_TWIPS = 11906;
    static final int A4_HEIGHT_TWIPS = 16838;
    /** 2.54 cm (one inch). */
    static final int MARGIN_TWIPS = 1440;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final OutputsText text;

    public DocxRenderer(OutputsText text) {
        this.text = text;
    }

    public byte[] render(OutputDocument doc) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = docx.createStyles();
            addHeadingStyle(styles, "Title", "Title", 0, 40);
            addHeadingStyle(styles, "Heading1", "heading 1", 0, 32);
            addHeadingStyle(styles, "Heading2", "heading 2", 1, 26);
            pageSetup(docx);
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setSubjectProperty(doc.subtitle());
            docx.getProperties().getCoreProperties().setCreator("CJ Engage");

            paragraph(docx, "Title", doc.title(), doc.language());
            if (!doc.subtitle().isBlank()) {
                paragraph(docx, null, doc.subtitle(), doc.language());
            }
            paragraph(docx, null, text.get(doc.dated().messageKey(), DATE.format(doc.date())), doc.language());
            for (OutputSection section : doc.sections()) {
                paragraph(docx, "Heading1", section.heading(), doc.language());
                for (Block block : section.blocks()) {
                    switch (block) {
                        case Block.Text t -> paragraph(docx, null, t.text(), doc.language());
                        case Block.Bullets b -> b.items().forEach(i -> paragraph(docx, null, "• " + i, doc.language()));
                        case Block.Table t -> table(docx, t, doc.language());
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the DOCX", e);
        }
    }

    /** A4 portrait with 2.54 cm margins all round (UK defaults), in twentieths of a point. */
    static void pageSetup(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void paragraph(XWPFDocument docx, String style, String content, String language) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun run = p.createRun();
        run.setLang(language);
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument docx, Block.Table t, String language) {
        XWPFParagraph caption = docx.createParagraph();
        caption.setStyle("Heading2");
        XWPFRun captionRun = caption.createRun();
        captionRun.setLang(language);
        captionRun.setText(t.caption());
        XWPFTable table = docx.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false);
        }
        docx.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
            XWPFRun run = p.createRun();
            run.setBold(header);
            run.setText(cells.get(c));
        }
    }

    private static void addHeadingStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        ct.setName(styleName);
        ct.setType(STStyleType.PARAGRAPH);
        CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
        priority.setVal(BigInteger.valueOf(9));
        ct.setUiPriority(priority);
        ct.setQFormat(CTOnOff.Factory.newInstance());
        CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
        CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
        level.setVal(BigInteger.valueOf(outlineLevel));
        ppr.setOutlineLvl(level);
        ct.setPPr(ppr);
        ct.addNewRPr().addNewB();
        ct.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }
}
