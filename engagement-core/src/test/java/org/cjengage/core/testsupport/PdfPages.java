package org.cjengage.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF puts on paper: for each page its size and every glyph that lies (even partly) outside the page's
 * media box, read with PDFBox's text stripper. A table that runs off the page shows up here as glyphs past the
 * right edge.
 */
public final class PdfPages {

    /** A glyph outside its page: page number (from 1), the character and where it is (points from the top left). */
    public record Outside(int page, String text, float x, float y, float pageWidth, float pageHeight) {
    }

    /** One page: its size in points. */
    public record Page(int number, float width, float height) {

        public boolean landscape() {
            return width > height;
        }
    }

    private final List<Page> pages;
    private final List<Outside> outside;
    private final String text;

    private PdfPages(List<Page> pages, List<Outside> outside, String text) {
        this.pages = List.copyOf(pages);
        this.outside = List.copyOf(outside);
        this.text = text;
    }

    public static PdfPages read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle box = document.getPage(i).getMediaBox();
                pages.add(new Page(i + 1, box.getWidth(), box.getHeight()));
            }
            Collector collector = new Collector();
            String text = collector.getText(document);
            return new PdfPages(pages, collector.outside, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Page> pages() {
        return pages;
    }

    /** Glyphs that lie outside their page (empty when everything fits). */
    public List<Outside> outside() {
        return outside;
    }

    /** All the text, in reading order. */
    public String text() {
        return text;
    }

    private static final class Collector extends PDFTextStripper {

        /** Half a point of tolerance for rounding in glyph metrics. */
        private static final float TOLERANCE = 0.5f;
        final List<Outside> outside = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            PDPage page = getCurrentPage();
            PDRectangle box = page.getMediaBox();
            float width = box.getWidth();
            float height = box.getHeight();
            for (TextPosition p : positions) {
                if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                    continue;
                }
                float x = p.getXDirAdj();
                float y = p.getYDirAdj();
                boolean out = x < -TOLERANCE || x + p.getWidthDirAdj() > width + TOLERANCE
                        || y - p.getHeightDir() < -TOLERANCE || y > height + TOLERANCE;
                if (out) {
                    outside.add(new Outside(getCurrentPageNo(), p.getUnicode(), x, y, width, height));
                }
            }
            super.writeString(string, positions);
        }
    }
}
