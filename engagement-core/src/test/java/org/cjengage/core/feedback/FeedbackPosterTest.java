package org.cjengage.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class FeedbackPosterTest {

    @Test
    void thePosterIsOneTaggedPageWithItsWordsTheActivityTheLinkAndTheQrCode() throws IOException {
        byte[] pdf = FeedbackPoster.pdf(new FeedbackPoster.Text("en-GB", "Tell us what you think",
                "Your views shape the next plan.", "Office hours for families & carers", "Scan the code",
                "https://example.org/f/abc123", "We keep your answers anonymous."));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tell us what you think", "Office hours for families & carers",
                    "https://example.org/f/abc123", "We keep your answers anonymous.");
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anySatisfy(name ->
                    assertThat(resources.getXObject(name)).isInstanceOf(PDImageXObject.class));
            assertThat(resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES)).isNotNull();
        }
    }
}
