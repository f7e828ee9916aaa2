package org.cjengage.core.outputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finishes the content stream of a rendered page before the document is saved (issue 16): takes out the marked-content
 * sequences that mark nothing as an artifact, and compresses the stream at a level chosen here, for this document.
 *
 * <p><b>Empty artifacts.</b> In PDF/UA mode openhtmltopdf marks the background of every box it paints as an artifact,
 * whether the box has a background or not (its test for "has a background image" is always true), so a table page holds
 * about 300 sequences {@code /Artifact /PropN BDC EMC} with nothing between them, each with a property list (its type and
 * bounding box) in the page's resources. They draw nothing and are not in the structure tree; assistive technology skips
 * artifacts anyway. Taking them out leaves every drawn mark and every tagged piece of text (its {@code /Span} with its
 * MCID) where it was, and the artifacts that do draw something (cell backgrounds and borders) as they were.
 *
 * <p><b>Compression.</b> The renderer is asked for uncompressed page content ({@code testMode}, whose only effect is
 * that), and this compresses it with {@link #DEFLATE_LEVEL}: the fastest level of deflate, which for this kind of content
 * gives a file about a third larger than PDFBox's default level 6 in a third of the time. PDFBox has no setting for a
 * document, only a system property for the whole JVM (which a host application may have set for its own PDFs), so the
 * level is applied here.
 *
 * <p>The content is read line by line: PDFBox writes every operator on a line of its own, and a string with a line
 * break in it as hexadecimal, so a line such as {@code /Artifact /Prop7 BDC} is always that operator. A page holding an
 * inline image (whose data may hold any bytes) is compressed but not changed.
 */
final class PageContent {

    /** Deflate's fastest level (1). */
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

    private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);

    private PageContent() {
    }

    /** Takes the empty artifacts out of the page's (uncompressed) content and compresses it. */
    static void finish(PDPage page) throws IOException {
        Job job = job(page);
        if (job != null) {
            job.run();
        }
    }

    /**
     * What finishing a painted page will change: its content stream and its property lists, taken from the page by the
     * thread that painted it, so that {@link Job#run()} can be done by another thread while the next pages are painted
     * ({@link PageFinisher}); it touches nothing else of the page or the document.
     *
     * @return null when the page's content is not what the renderer writes (one uncompressed stream): nothing to do
     */
    static Job job(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (!(contents instanceof COSStream stream) || stream.containsKey(COSName.FILTER)) {
            return null; // leave it as it is
        }
        COSDictionary properties = page.getResources() == null ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        return new Job(stream, properties);
    }

    /** The finishing of one page: its content stream and the dictionary of its property lists (or null). */
    record Job(COSStream stream, COSDictionary properties) {

        void run() throws IOException {
            byte[] raw;
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            Stripped stripped = withoutEmptyArtifacts(raw);
            if (properties != null) {
                for (String name : stripped.removed()) {
                    properties.removeItem(COSName.getPDFName(name));
                }
            }
            Deflater deflater = new Deflater(DEFLATE_LEVEL);
            try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 16 * 1024)) {
                out.write(stripped.content(), 0, stripped.length());
            } finally {
                deflater.end();
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        }
    }

    /**
     * Content without its empty artifact sequences, and the property-list names only they used.
     *
     * @param content the bytes, of which the first {@code length} are the content
     * @param removed names of property lists no longer used by the content
     */
    record Stripped(byte[] content, int length, Set<String> removed) {
    }

    /**
     * The content stream without its empty {@code /Artifact /Name BDC ... EMC} sequences (nested ones too). One pass:
     * only lines ending in {@code C} ({@code BDC}, {@code BMC}, {@code EMC}) or {@code I} ({@code BI}) are looked at, and
     * the lines between them are copied in one piece when the next such line is met.
     */
    static Stripped withoutEmptyArtifacts(byte[] raw) {
        byte[] out = new byte[raw.length];
        int written = 0;
        int pending = 0; // raw[pending, line) is yet to be copied to out[written...]
        // open marked-content sequences: where their opening line starts and ends in the output, and whether they may go
        int[] opened = new int[32];
        int[] bodyStart = new int[32];
        boolean[] removable = new boolean[32];
        int depth = 0;
        // where the output's BDC lines start (those of removed sequences are dropped), to see which names are still used
        int[] marks = new int[256];
        int markCount = 0;
        Set<String> removed = new HashSet<>();
        int line = 0;
        while (line < raw.length) {
            int end = line;
            while (end < raw.length && raw[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, raw.length);
            byte last = end > line ? raw[end - 1] : 0;
            if (last != 'C' && last != 'I') {
                line = next;
                continue;
            }
            if (last == 'I' && is(raw, line, end, "BI")) {
                // an inline image: its data may hold any bytes, so this page is left exactly as it was
                return new Stripped(raw, raw.length, Set.of());
            }
            if (is(raw, line, end, "EMC") && depth > 0) {
                depth--;
                if (removable[depth]) {
                    System.arraycopy(raw, pending, out, written, line - pending);
                    written += line - pending;
                    pending = line;
                    if (written == bodyStart[depth]) {
                        removed.add(name(out, opened[depth], bodyStart[depth]));
                        written = opened[depth];
                        while (markCount > 0 && marks[markCount - 1] >= written) {
                            markCount--;
                        }
                        pending = next;
                    }
                }
            } else if (endsWith(raw, line, end, " BDC") || endsWith(raw, line, end, " BMC")) {
                System.arraycopy(raw, pending, out, written, next - pending);
                int lineStart = written + (line - pending);
                written += next - pending;
                pending = next;
                if (depth == opened.length) {
                    opened = Arrays.copyOf(opened, depth * 2);
                    bodyStart = Arrays.copyOf(bodyStart, depth * 2);
                    removable = Arrays.copyOf(removable, depth * 2);
                }
                opened[depth] = lineStart;
                removable[depth] = startsWith(raw, line, end, ARTIFACT) && endsWith(raw, line, end, " BDC");
                bodyStart[depth] = written;
                depth++;
                if (raw[end - 2] == 'D') {
                    if (markCount == marks.length) {
                        marks = Arrays.copyOf(marks, markCount * 2);
                    }
                    marks[markCount++] = lineStart;
                }
            }
            line = next;
        }
        System.arraycopy(raw, pending, out, written, raw.length - pending);
        written += raw.length - pending;
        if (!removed.isEmpty()) {
            // a name the remaining content still uses stays (PDFBox gives each list a name of its own, but be sure)
            for (int i = 0; i < markCount; i++) {
                int lineEnd = marks[i];
                while (lineEnd < written && out[lineEnd] != '\n') {
                    lineEnd++;
                }
                removed.remove(lastName(out, marks[i], lineEnd));
            }
        }
        return new Stripped(out, written, removed);
    }

    /** The name of the property list of an {@code /Artifact /Name BDC} line that starts at {@code start}. */
    private static String name(byte[] b, int start, int lineEnd) {
        int end = lineEnd;
        while (end > start && b[end - 1] == '\n') {
            end--;
        }
        return lastName(b, start, end);
    }

    /** The name operand just before the operator of the line {@code start..end} ({@code /Tag /Name BDC} gives Name). */
    private static String lastName(byte[] b, int start, int end) {
        int operator = end - 4; // " BDC"
        int slash = operator;
        while (slash > start && b[slash] != '/') {
            slash--;
        }
        return new String(b, slash + 1, operator - slash - 1, StandardCharsets.US_ASCII);
    }

    private static boolean is(byte[] b, int start, int end, String text) {
        return end - start == text.length() && endsWith(b, start, end, text);
    }

    private static boolean endsWith(byte[] b, int start, int end, String text) {
        int n = text.length();
        if (end - start < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[end - n + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
