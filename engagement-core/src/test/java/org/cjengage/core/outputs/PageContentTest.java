package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@link PageContent}: empty artifact marks out, page content compressed at the level chosen for these documents. */
class PageContentTest {

    @Test
    void emptyArtifactSequencesAndTheirPropertyListsGoWhileEverythingDrawnOrTaggedStays() {
        String content = String.join("\n",
                "/Artifact /Prop1 BDC", "EMC",                                  // empty: goes
                "/Artifact /Prop2 BDC", "/Artifact /Prop3 BDC", "EMC", "EMC",   // empty once its empty child is gone
                "/Artifact /Prop4 BDC", "0.9 g", "1 2 3 4 re", "f", "EMC",     // draws a background: stays
                "/Span /Prop5 BDC", "EMC",                                      // tagged (an MCID): stays even empty
                "/Artifact BMC", "EMC",                                          // no property list: left alone
                "/Span /Prop6 BDC", "BT", "(EMC) Tj", "ET", "EMC", "");

        PageContent.Stripped stripped = PageContent.withoutEmptyArtifacts(content.getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(stripped.content(), 0, stripped.length(), StandardCharsets.US_ASCII)).isEqualTo(String.join(
                "\n", "/Artifact /Prop4 BDC", "0.9 g", "1 2 3 4 re", "f", "EMC", "/Span /Prop5 BDC", "EMC",
                "/Artifact BMC", "EMC", "/Span /Prop6 BDC", "BT", "(EMC) Tj", "ET", "EMC", ""));
        assertThat(stripped.removed()).containsExactlyInAnyOrder("Prop1", "Prop2", "Prop3");
    }

    @Test
    void aPropertyListNameStillUsedByContentThatStaysIsNotTakenOut() {
        String content = String.join("\n",
                "q", "/Artifact /Prop1 BDC", "EMC",         // empty, but its name is used again below
                "/Span /Prop1 BDC", "BT", "(a) Tj", "ET", "EMC",
                "/Artifact /Prop2 BDC", "/Span /Prop3 BDC", "EMC", "EMC", // holds a tagged mark: stays
                "/Artifact /Prop4 BDC", "EMC", "Q", "");

        PageContent.Stripped stripped = PageContent.withoutEmptyArtifacts(content.getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(stripped.content(), 0, stripped.length(), StandardCharsets.US_ASCII)).isEqualTo(String.join(
                "\n", "q", "/Span /Prop1 BDC", "BT", "(a) Tj", "ET", "EMC", "/Artifact /Prop2 BDC", "/Span /Prop3 BDC",
                "EMC", "EMC", "Q", ""));
        assertThat(stripped.removed()).containsExactly("Prop4");
    }

    @Test
    void contentWithoutALineBreakAtTheEndKeepsItsLastLine() {
        PageContent.Stripped stripped = PageContent.withoutEmptyArtifacts(
                "/Artifact /Prop1 BDC\nEMC\n0 0 m\n1 1 l\nS".getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(stripped.content(), 0, stripped.length(), StandardCharsets.US_ASCII))
                .isEqualTo("0 0 m\n1 1 l\nS");
        assertThat(stripped.removed()).containsExactly("Prop1");
    }

    @Test
    void aPageWithAnInlineImageIsLeftAsItWas() {
        byte[] content = "/Artifact /Prop1 BDC\nEMC\nBI\n/W 1 /H 1 /BPC 8 /CS /G\nID\n\u0001\nEI\n"
                .getBytes(StandardCharsets.US_ASCII);

        PageContent.Stripped stripped = PageContent.withoutEmptyArtifacts(content);

        assertThat(stripped.length()).isEqualTo(content.length);
        assertThat(stripped.removed()).isEmpty();
    }

    @Test
    void noPageOfARenderedTableMarksAnEmptyArtifactOrKeepsAPropertyListItDoesNotUse() throws IOException {
        byte[] pdf = new PdfRenderer(OutputsText.english()).render(RenderersTest.longTable(120));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int drawnArtifacts = 0;
            for (PDPage page : document.getPages()) {
                List<Object> tokens = tokens(page);
                Set<String> used = new HashSet<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")) {
                        used.add(((COSName) tokens.get(i - 1)).getName());
                        boolean artifact = tokens.get(i - 2).equals(COSName.ARTIFACT);
                        boolean empty = tokens.get(i + 1) instanceof Operator next && next.getName().equals("EMC");
                        assertThat(artifact && empty).as("an artifact that marks nothing").isFalse();
                        drawnArtifacts += artifact ? 1 : 0;
                    }
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Set<String> listed = new HashSet<>();
                properties.keySet().forEach(name -> listed.add(name.getName()));
                assertThat(listed).as("property lists of the page").isEqualTo(used);
            }
            assertThat(drawnArtifacts).as("cell borders and header backgrounds are still marked as artifacts")
                    .isGreaterThan(document.getNumberOfPages());
        }
    }

    @Test
    void pageContentIsCompressedAtDeflatesFastestLevel() throws IOException {
        byte[] pdf = new PdfRenderer(OutputsText.english()).render(RenderersTest.longTable(60));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                COSStream stream = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                assertThat(stream.getCOSName(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
                byte[] stored;
                try (InputStream in = stream.createRawInputStream()) {
                    stored = in.readAllBytes();
                }
                byte[] plain;
                try (InputStream in = stream.createInputStream()) {
                    plain = in.readAllBytes();
                }
                assertThat(stored).as("deflated at level %d", PageContent.DEFLATE_LEVEL)
                        .isEqualTo(deflate(plain, PageContent.DEFLATE_LEVEL)).isNotEqualTo(deflate(plain, 6));
            }
        }
    }

    @Test
    void everyPageLooksAndReadsTheSameAsWithTheEmptyArtifactsLeftIn() throws IOException {
        OutputDocument doc = RenderersTest.longTable(90);
        String page = new XhtmlRenderer(OutputsText.english()).render(doc);

        byte[] now = PdfRenderer.renderXhtml(page);
        byte[] unchanged = renderedByPdfBoxAlone(page);

        try (PDDocument a = Loader.loadPDF(now); PDDocument b = Loader.loadPDF(unchanged)) {
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b));
            PDFRenderer ra = new PDFRenderer(a);
            PDFRenderer rb = new PDFRenderer(b);
            for (int i = 0; i < a.getNumberOfPages(); i++) {
                BufferedImage ia = ra.renderImageWithDPI(i, 40);
                BufferedImage ib = rb.renderImageWithDPI(i, 40);
                assertThat(ia.getWidth()).isEqualTo(ib.getWidth());
                assertThat(ia.getHeight()).isEqualTo(ib.getHeight());
                int[] pa = ia.getRGB(0, 0, ia.getWidth(), ia.getHeight(), null, 0, ia.getWidth());
                int[] pb = ib.getRGB(0, 0, ib.getWidth(), ib.getHeight(), null, 0, ib.getWidth());
                assertThat(java.util.Arrays.equals(pa, pb)).as("page %d pixel for pixel", i + 1).isTrue();
            }
        }
    }

    /** The same page rendered with the same fonts and page supplier, its content left as openhtmltopdf and PDFBox write it. */
    private static byte[] renderedByPdfBoxAlone(String page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePageSupplier((document, width, height, pageNumber, shadowPageNumber) ->
                MarkedContentProperties.newPage(document, width, height));
        builder.useFont(() -> new java.io.ByteArrayInputStream(PdfRenderer.embeddedFont(false)), PdfRenderer.FONT_FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(PdfRenderer.embeddedFont(true)), PdfRenderer.FONT_FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(java.text.Normalizer.normalize(page, java.text.Normalizer.Form.NFC), null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    private static List<Object> tokens(PDPage page) throws IOException {
        List<Object> tokens = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            tokens.add(token);
        }
        return tokens;
    }

    private static byte[] deflate(byte[] plain, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater, 64 * 1024)) {
            d.write(plain);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
