package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** {@link PageFinisher}: each page is finished once the next is asked for, the last when the renderer is done. */
class PageFinisherTest {

    private static final String PAINTED = "/Artifact /Prop1 BDC\nEMC\n/Span /Prop2 BDC\nBT\n(a) Tj\nET\nEMC\n";

    @Test
    void everyPageIsFinishedAsOnOneThreadOnceAllAreDone() throws IOException {
        try (PDDocument document = new PDDocument(); PageFinisher finisher = new PageFinisher()) {
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                PDPage page = finisher.newPage(document, 595, 842);
                paint(page);
                pages.add(page);
            }

            finisher.finishAll();

            assertThat(document.getNumberOfPages()).isEqualTo(5);
            for (PDPage page : pages) {
                COSStream content = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                assertThat(content.getCOSName(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
                try (InputStream in = content.createInputStream()) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                            .isEqualTo("/Span /Prop2 BDC\nBT\n(a) Tj\nET\nEMC\n");
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                assertThat(properties.keySet()).containsExactly(COSName.getPDFName("Prop2"));
            }
        }
    }

    @Test
    void aPageThatCannotBeFinishedFailsTheRenderWithItsReason() throws IOException {
        try (PDDocument document = new PDDocument(); PageFinisher finisher = new PageFinisher()) {
            PDPage unwritten = finisher.newPage(document, 595, 842);
            unwritten.getCOSObject().setItem(COSName.CONTENTS, document.getDocument().createCOSStream());
            paint(finisher.newPage(document, 595, 842));

            assertThatThrownBy(finisher::finishAll).isInstanceOf(IOException.class)
                    .hasMessageContaining("without data being written");
        }
    }

    /** Page content as openhtmltopdf leaves it: uncompressed, one operator a line, with its property lists. */
    private static void paint(PDPage page) throws IOException {
        COSStream content = new COSStream();
        try (OutputStream out = content.createRawOutputStream()) {
            out.write(PAINTED.getBytes(StandardCharsets.US_ASCII));
        }
        page.getCOSObject().setItem(COSName.CONTENTS, content);
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        properties.setItem(COSName.getPDFName("Prop1"), new COSDictionary());
        properties.setItem(COSName.getPDFName("Prop2"), new COSDictionary());
    }
}
