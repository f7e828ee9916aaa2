package org.cjengage.core.outputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;

/**
 * openhtmltopdf's XHTML handling with a shorter default style sheet, for the pages {@link XhtmlRenderer} writes (issue
 * 16). openhtmltopdf 1.1.31 tries each rule of the default style sheet (176 selectors with the document's own) on each
 * element, and a 10,000-activity statement has tens of thousands of elements. {@code document-defaults.css} holds only
 * the rules of the library's default sheet that can apply to the elements and attributes {@link XhtmlRenderer} writes,
 * unchanged and in the same order, so every element gets the same style; other pages (the feedback poster) keep the
 * library's sheet. Parsed once, like the library's own default sheet.
 */
final class DocumentNamespaceHandler extends XhtmlNamespaceHandler {

    static final String DEFAULTS = "/org/cjengage/core/outputs/document-defaults.css";

    private static StylesheetInfo defaults;

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
        synchronized (DocumentNamespaceHandler.class) {
            if (defaults == null) {
                StylesheetInfo info = new StylesheetInfo();
                info.setUri("classpath:" + DEFAULTS);
                info.setOrigin(StylesheetInfo.USER_AGENT);
                info.setMedia("all");
                info.setType("text/css");
                try (InputStream in = DocumentNamespaceHandler.class.getResourceAsStream(DEFAULTS)) {
                    if (in == null) {
                        throw new IllegalStateException(DEFAULTS + " is missing from the jar");
                    }
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        info.setStylesheet(factory.parse(reader, info));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read " + DEFAULTS, e);
                }
                defaults = info;
            }
            return defaults;
        }
    }
}
