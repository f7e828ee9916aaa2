package org.cjengage.core.outputs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an {@link OutputDocument} as an accessible PDF: tagged (PDF/UA mode of openhtmltopdf), real text
 * in an embedded font (DejaVu Sans, shipped in this jar), headings as structure, document title and
 * language set.
 *
 * <p>The fonts are read from the jar once and handed to every render without their glyph-substitution
 * ({@code GSUB}) table (issue 16). With that table PDFBox parses it for each render and runs every piece of
 * text through it; for Latin text all it does is draw "fi", "fl" and "ff" as ligature glyphs, and that was
 * about a fifth of the processor time of a long document (a 176-page table). Without it the
 * letters are drawn one by one, look the same in this sans-serif face, and copy, search and read aloud as the
 * letters they are ("figures", not "ﬁgures"). Text is put in Unicode composed form (NFC) first, so that an
 * accent typed as a separate combining mark is drawn with the font's own accented letter. Each page's marked-content
 * property lists go into a {@link MarkedContentProperties} dictionary (through openhtmltopdf's page supplier), which
 * keeps the tagging of a long table from costing time in proportion to the square of the marks on a page. Once a page is
 * painted, {@link PageContent} takes out of it the artifact marks that enclose nothing (most of them) and compresses it at
 * deflate's fastest level, chosen for these documents rather than for the whole JVM; {@link PageFinisher} does that on a
 * thread of its own while the next pages are painted. The fonts are
 * loaded into a document made here and handed to openhtmltopdf as {@link MeasuredFont}s, which remember the width of each
 * character instead of having PDFBox encode and decode every word openhtmltopdf measures. The dictionaries only one object
 * uses (cell attributes, marked-content references, page resources) are written inside it ({@link DirectObjects}), so the
 * file has about a quarter fewer objects to number, index and compress.
 */
public final class PdfRenderer {

    private static final String FONTS = "/org/cjengage/core/outputs/fonts/";
    private static final byte[] REGULAR = withoutTable(fontBytes("DejaVuSans.ttf"), "GSUB");
    private static final byte[] BOLD = withoutTable(fontBytes("DejaVuSans-Bold.ttf"), "GSUB");

    private final XhtmlRenderer xhtml;

    public PdfRenderer(OutputsText text) {
        this.xhtml = new XhtmlRenderer(text);
    }

    public byte[] render(OutputDocument doc) {
        return render(xhtml.render(doc), true);
    }

    /** The family name the embedded font is registered under: name it in a page's CSS. */
    public static final String FONT_FAMILY = XhtmlRenderer.FONT_FAMILY;

    /**
     * Any XHTML page as a tagged PDF (PDF/UA mode) in the embedded {@link #FONT_FAMILY} (regular and bold): the
     * one PDF setup of the application, shared by the statutory documents and the feedback poster.
     */
    public static byte[] renderXhtml(String page) {
        return render(page, false);
    }

    /**
     * @param written by {@link XhtmlRenderer}: styled with {@link DocumentNamespaceHandler}'s default style sheet, which
     *                holds only the library's rules for the elements that class writes
     */
    private static byte[] render(String page, boolean written) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        if (written) {
            builder.useNamespaceHandler(new DocumentNamespaceHandler());
        }
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("CJ Engage");
        builder.withHtmlContent(Normalizer.normalize(page, Normalizer.Form.NFC), null);
        // page content uncompressed (this option's only effect): PageContent compresses it, see there
        builder.testMode(true);
        try (PDDocument document = new PDDocument(); PageFinisher pages = new PageFinisher()) {
            // each painted page is finished (PageContent) on another thread while the next ones are painted
            builder.usePageSupplier((pdf, width, height, pageNumber, shadowPageNumber) -> pages.newPage(pdf, width, height));
            // the document is ours so that the fonts can be loaded into it, each measured through a MeasuredFont
            builder.usePDDocument(document);
            builder.useFont(new EmbeddedFont(document, REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(new EmbeddedFont(document, BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                pages.finishAll();
                DirectObjects.inline(document);
                document.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * One of the embedded fonts, loaded into the document being rendered (as a subset) when the page first needs it,
     * and measured through a {@link MeasuredFont}.
     */
    private static final class EmbeddedFont extends PDFontSupplier {

        private final PDDocument document;
        private final byte[] font;

        EmbeddedFont(PDDocument document, byte[] font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            try {
                return new MeasuredFont(PDType0Font.load(document, new ByteArrayInputStream(font), true));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not load the embedded font", e);
            }
        }
    }

    /** The bytes of the font each PDF embeds (regular or bold), as they are handed to the renderer. */
    static byte[] embeddedFont(boolean bold) {
        return (bold ? BOLD : REGULAR).clone();
    }

    private static byte[] fontBytes(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }

    /**
     * A TrueType font without one table: its entry is taken out of the table directory (the tables stay where
     * they are, the freed directory entry is zeroed), so nothing reading the font sees the table. The font
     * as it is when it has no such table.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xffff;
        byte[] out = font.clone();
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (!new String(font, entry, 4, StandardCharsets.US_ASCII).equals(tag)) {
                System.arraycopy(font, entry, out, 12 + 16 * kept, 16);
                kept++;
            }
        }
        if (kept == tables) {
            return font;
        }
        Arrays.fill(out, 12 + 16 * kept, 12 + 16 * tables, (byte) 0);
        // the directory's header: number of tables and its binary-search fields
        int power = Integer.highestOneBit(kept);
        ByteBuffer header = ByteBuffer.wrap(out);
        header.putShort(4, (short) kept);
        header.putShort(6, (short) (power * 16));
        header.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        header.putShort(10, (short) ((kept - power) * 16));
        return out;
    }
}
