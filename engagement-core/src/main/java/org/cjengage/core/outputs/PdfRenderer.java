package org.cjengage.core.outputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders an {@link OutputDocument} as an accessible PDF: tagged (PDF/UA mode of openhtmltopdf), real text
 * in an embedded font (DejaVu Sans, shipped in this jar), headings as structure, document title and
 * language set.
 */
public final class PdfRenderer {

    private static final String FONTS = "/org/cjengage/core/outputs/fonts/";

    private final XhtmlRenderer xhtml;

    public PdfRenderer(OutputsText text) {
        this.xhtml = new XhtmlRenderer(text);
    }

    public byte[] render(OutputDocument doc) {
        return renderXhtml(xhtml.render(doc));
    }

    /** The family name the embedded font is registered under: name it in a page's CSS. */
    public static final String FONT_FAMILY = XhtmlRenderer.FONT_FAMILY;

    /**
     * Any XHTML page as a tagged PDF (PDF/UA mode) in the embedded {@link #FONT_FAMILY} (regular and bold): the
     * one PDF setup of the application, shared by the statutory documents and the feedback poster.
     */
    public static byte[] renderXhtml(String page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"),
                    FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"),
                    FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("CJ Engage");
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }
}
