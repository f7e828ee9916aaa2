package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentNamespaceHandlerTest {

    /** Every kind of block XhtmlRenderer writes: paragraphs with line breaks, bullets, narrow, many-column and wide tables. */
    static OutputDocument everyKindOfBlock() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(List.of("Activity " + i + " with local people", "You said " + i + "\nand more", "We did " + i));
        }
        List<String> wideHeaders = List.of("Community", "Activities", "Inform", "Consult", "Engage", "Lead", "Other");
        List<List<String>> wideRows = List.of(List.of("Victims of crime", "12", "4", "4", "4", "3", "1"),
                List.of("Third sector organisations", "7", "2", "2", "3", "0", "0"));
        return new OutputDocument("Participation statement", "Glen CJP, plan 2025-2028", "en-GB", LocalDate.of(2026, 12, 6),
                List.of(new OutputSection("About this statement", Block.paragraphs("First paragraph.\nA second line.\n\n"
                                + "Second paragraph, café, naïve, £5.")),
                        OutputSection.of("Methods", new Block.Bullets(List.of("Focus groups", "Online surveys"))),
                        OutputSection.of("Who we engaged", new Block.Text("Twelve activities."),
                                new Block.Table("By sector", List.of("Sector", "Activities"), List.of(List.of("Third", "3"))),
                                new Block.Table("By level", List.of("Community", "Activities", "Inform", "Consult", "Engage"),
                                        List.of(List.of("Victims", "3", "1", "1", "1")))),
                        OutputSection.of("Wide", new Block.Table("By community and more", wideHeaders, wideRows)),
                        OutputSection.of("You said, we did", new Block.Table("What changed",
                                List.of("Activity", "You said", "We did"), rows))));
    }

    @Test
    void aDocumentStyledWithTheShorterDefaultSheetLooksReadsAndIsTaggedAsWithTheLibrarysSheet() throws IOException {
        OutputDocument doc = everyKindOfBlock();

        byte[] shorter = new PdfRenderer(OutputsText.english()).render(doc);
        byte[] library = PdfRenderer.renderXhtml(new XhtmlRenderer(OutputsText.english()).render(doc));

        try (PDDocument a = Loader.loadPDF(shorter); PDDocument b = Loader.loadPDF(library)) {
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages()).isGreaterThan(3);
            assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b));
            assertThat(structure(a)).isNotEmpty().isEqualTo(structure(b));
            PDFRenderer ra = new PDFRenderer(a);
            PDFRenderer rb = new PDFRenderer(b);
            for (int i = 0; i < a.getNumberOfPages(); i++) {
                BufferedImage ia = ra.renderImageWithDPI(i, 40);
                BufferedImage ib = rb.renderImageWithDPI(i, 40);
                assertThat(ia.getWidth()).as("page %d", i + 1).isEqualTo(ib.getWidth());
                assertThat(ia.getHeight()).as("page %d", i + 1).isEqualTo(ib.getHeight());
                int[] pa = ia.getRGB(0, 0, ia.getWidth(), ia.getHeight(), null, 0, ia.getWidth());
                int[] pb = ib.getRGB(0, 0, ib.getWidth(), ib.getHeight(), null, 0, ib.getWidth());
                assertThat(Arrays.equals(pa, pb)).as("page %d pixel for pixel", i + 1).isTrue();
            }
        }
    }

    /** The structure tree's element types, depth first. */
    private static List<String> structure(PDDocument pdf) {
        List<String> types = new ArrayList<>();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
        return types;
    }

    private static void walk(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                walk(element, types);
            }
        }
    }
}
