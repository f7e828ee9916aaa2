package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MeasuredFontTest {

    static final String TEXTS = "Participation statement, 1 April 2025 to 31 March 2028: \"you said\" — we did; £5 café "
            + "naïve Ŵ ŷ ﬁ 0123456789 ©";

    @Test
    void aStringIsAsWideAsTheWrappedFontMeasuresItEveryTimeItIsMeasured() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(PdfRenderer.embeddedFont(false)), true);
            MeasuredFont measured = new MeasuredFont(font);
            List<String> strings = new ArrayList<>(List.of(TEXTS, "", " ", "a", "aaaa", "Engagement activity 9999"));
            for (String word : TEXTS.split(" ")) {
                strings.add(word);
            }
            for (int round = 0; round < 2; round++) {
                for (String s : strings) {
                    assertThat(measured.getStringWidth(s)).as(s).isEqualTo(font.getStringWidth(s));
                }
            }
            String outside = "a\uD83D\uDE00"; // outside the Basic Multilingual Plane: the wrapped font's answer
            assertThat(measured.getStringWidth(outside)).isEqualTo(font.getStringWidth(outside));
        }
    }

    @Test
    void aCharacterTheFontDoesNotHaveThrowsAsTheWrappedFontDoesAlsoWhenAskedAgain() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(PdfRenderer.embeddedFont(false)), true);
            MeasuredFont measured = new MeasuredFont(font);
            String missing = "a\u4e2d"; // a CJK ideograph: DejaVu Sans has none
            assertThatThrownBy(() -> font.getStringWidth(missing)).isInstanceOf(IllegalArgumentException.class);

            for (int round = 0; round < 2; round++) {
                assertThatThrownBy(() -> measured.getStringWidth(missing)).isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(measured.getStringWidth("a")).isEqualTo(font.getStringWidth("a"));
        }
    }

    @Test
    void aStringIsEncodedAsTheWrappedFontEncodesItEveryTimeAndAMissingCharacterThrowsEveryTime() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(PdfRenderer.embeddedFont(false)), true);
            MeasuredFont measured = new MeasuredFont(font);

            for (int round = 0; round < 2; round++) {
                assertThat(measured.encode(TEXTS)).as("round %d", round).isEqualTo(font.encode(TEXTS));
                assertThat(measured.encode("a\uD83D\uDE00")).isEqualTo(font.encode("a\uD83D\uDE00"));
                assertThatThrownBy(() -> measured.encode("a\u4e2d")).isInstanceOf(IllegalArgumentException.class);
            }
            byte[] first = measured.encode("é");
            first[first.length - 1]++;
            assertThat(measured.encode("é")).as("a caller's change does not stay").isEqualTo(font.encode("é"));
        }
    }

    @Test
    void textDrawnWithTheMeasuredFontIsTheWrappedFontsEmbeddedSubsetAndReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, new ByteArrayInputStream(PdfRenderer.embeddedFont(false)), true);
            MeasuredFont measured = new MeasuredFont(font);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(measured, 12);
                content.newLineAtOffset(50, 700);
                content.showText("café naïve");
                content.endText();
            }
            assertThat(measured).isEqualTo(font);
            document.save(out);
        }
        try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
            PDPage page = saved.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).singleElement().satisfies(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).as("a subset").matches("[A-Z]{6}\\+DejaVuSans");
            });
            assertThat(new PDFTextStripper().getText(saved).strip()).isEqualTo("café naïve");
        }
    }

    @Test
    void aRenderedDocumentEmbedsSubsetsOfBothFonts() throws IOException {
        OutputDocument doc = new OutputDocument("Title", "Subtitle", "en-GB", LocalDate.of(2026, 12, 6),
                List.of(OutputSection.of("Heading", new Block.Text("Some text, café."))));
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer(OutputsText.english()).render(doc))) {
            List<String> names = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont f = pdf.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).isTrue();
                names.add(f.getName().substring(7));
            }
            assertThat(names).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Some text, café.");
        }
    }
}
