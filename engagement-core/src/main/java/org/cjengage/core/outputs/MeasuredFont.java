package org.cjengage.core.outputs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A font of one PDF document that remembers the width of each character it has measured (issue 16). Everything else is
 * the wrapped font's: the same font dictionary (so the page resources, the embedded subset and {@code equals} are the
 * wrapped font's), the same encoding, the same glyphs.
 *
 * <p>openhtmltopdf (1.1.31) measures every word it lays out, and every piece of text it draws, with
 * {@link PDFont#getStringWidth}, and finds out whether the font has a character by calling it and catching the exception.
 * PDFBox answers by encoding the string and reading the codes back one by one through the font's CMap, a stream per
 * character: about a tenth of the processor time of rendering a long statement. This answers from a table of the widths
 * of the characters met so far, each worked out once by the wrapped font, summed in the same order as PDFBox sums them,
 * so the width is the same number; a character the font does not have throws the same {@link IllegalArgumentException}
 * as the wrapped font, every time. Characters outside the Basic Multilingual Plane are measured by the wrapped font. The
 * code each character is drawn with is remembered the same way ({@link #encode(int)}).
 * One instance per document, used by one render at a time (not thread-safe).
 */
final class MeasuredFont extends PDFont {

    private static final float UNKNOWN = Float.NaN;
    /** Marks a character the font does not have (widths are never negative in these fonts). */
    private static final float MISSING = -1f;

    private final PDFont font;
    private final float[] widths = new float[Character.MAX_VALUE + 1];
    /** The codes of each character of the Basic Multilingual Plane encoded so far, as the wrapped font encodes it. */
    private final byte[][] codes = new byte[Character.MAX_VALUE + 1][];

    MeasuredFont(PDFont font) {
        super(font.getCOSObject());
        this.font = font;
        Arrays.fill(widths, UNKNOWN);
    }

    /** The font this one measures for. */
    PDFont wrapped() {
        return font;
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return font.getStringWidth(text);
            }
            float w = widths[c];
            if (Float.isNaN(w)) {
                w = measure(c);
            }
            if (w == MISSING) {
                // what the wrapped font says about this character (it throws), so the message is the same
                font.getStringWidth(String.valueOf(c));
                throw new IllegalArgumentException("No glyph for U+" + Integer.toHexString(c) + " in " + getName());
            }
            width += w;
        }
        return width;
    }

    private float measure(char c) throws IOException {
        float w;
        try {
            w = font.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException noGlyph) {
            w = MISSING;
        }
        widths[c] = w;
        return w;
    }

    // --- everything else is the wrapped font's

    @Override
    public String getName() {
        // called by PDFont's constructor before the field is set: the name in the (shared) font dictionary
        return font == null ? getCOSObject().getNameAsString(COSName.BASE_FONT) : font.getName();
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    protected float getStandard14Width(int code) {
        try {
            return font.getWidth(code);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The wrapped font's code for a character, remembered for characters of the Basic Multilingual Plane (drawing text
     * encodes it character by character; PDFBox looks each one up in the font's tables every time). A character the font
     * cannot encode throws as the wrapped font does, every time. A copy is returned, so a caller cannot change the table.
     */
    @Override
    protected byte[] encode(int unicode) throws IOException {
        if (unicode > Character.MAX_VALUE) {
            return font.encode(new String(Character.toChars(unicode)));
        }
        byte[] code = codes[unicode];
        if (code == null) {
            code = font.encode(String.valueOf((char) unicode));
            codes[unicode] = code;
        }
        return code.clone();
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public boolean isStandard14() {
        return font.isStandard14();
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " of " + font;
    }
}
