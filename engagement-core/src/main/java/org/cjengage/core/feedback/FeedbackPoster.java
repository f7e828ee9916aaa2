package org.cjengage.core.feedback;

import java.util.Base64;

import org.cjengage.core.outputs.PdfRenderer;
import org.cjengage.core.outputs.XhtmlRenderer;

/**
 * A one-page A4 poster inviting feedback: heading, the activity, a large QR code and the link written out,
 * and the privacy note. A tagged PDF in the shipped DejaVu font, like the statutory documents. Every text is
 * escaped: activity descriptions are user text.
 */
public final class FeedbackPoster {

    /** The poster's words, already translated by the caller. */
    public record Text(String language, String heading, String about, String activity, String scan, String url,
                       String privacy) {
    }

    private FeedbackPoster() {
    }

    public static byte[] pdf(Text text) {
        String qr = Base64.getEncoder().encodeToString(QrCode.png(text.url(), 600));
        String html = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + esc(text.language()) + "\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + esc(text.heading()) + "</title><style>"
                + "@page { size: A4 portrait; margin: 2cm; }"
                + "body { font-family: '" + PdfRenderer.FONT_FAMILY + "'; font-size: 14pt; text-align: center; color: #000; }"
                + "h1 { font-size: 30pt; margin: 0 0 0.4cm 0; }"
                + "p.activity { font-size: 18pt; font-weight: bold; overflow-wrap: break-word; }"
                + "img { width: 9cm; height: 9cm; margin: 0.6cm auto; }"
                + "p.url { font-size: 12pt; overflow-wrap: break-word; word-break: break-all; }"
                + "p.privacy { font-size: 11pt; margin-top: 0.8cm; }"
                + "</style></head><body>"
                + "<h1>" + esc(text.heading()) + "</h1>"
                + "<p>" + esc(text.about()) + "</p>"
                + "<p class=\"activity\">" + esc(text.activity()) + "</p>"
                + "<img src=\"data:image/png;base64," + qr + "\" alt=\"" + esc(text.scan()) + "\"/>"
                + "<p>" + esc(text.scan()) + "</p>"
                + "<p class=\"url\">" + esc(text.url()) + "</p>"
                + "<p class=\"privacy\">" + esc(text.privacy()) + "</p>"
                + "</body></html>";
        return PdfRenderer.renderXhtml(html);
    }

    private static String esc(String s) {
        return XhtmlRenderer.escape(s);
    }
}
