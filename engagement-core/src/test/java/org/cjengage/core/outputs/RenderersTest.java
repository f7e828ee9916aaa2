package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class RenderersTest {

    static final String HOSTILE = "Tom & Jerry's <script>alert(1)</script> \"café\"";

    final OutputDocument doc = new OutputDocument("Participation statement 2026", "Glen CJP: the plan", "en-GB",
            LocalDate.of(2026, 11, 23), List.of(
            OutputSection.of("About this statement", new Block.Text(HOSTILE), new Block.Bullets(List.of("One", "Two")),
                    new Block.Text("First line\nSecond line")),
            OutputSection.of("Level of engagement", new Block.Table("Activities by level",
                    List.of("Level", "Activities"), List.of(List.of("Consult", "17"), List.of("Engage", "<5"))))));

    @Test
    void thePdfIsTaggedWithRealTextHeadingsFiguresTitleAndLanguage() throws IOException {
        byte[] pdf = new PdfRenderer(OutputsText.english()).render(doc);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Participation statement 2026", "About this statement", "Level of engagement",
                    "Consult", "17", "<5", HOSTILE, "Published 23 November 2026", "• One", "First line", "Second line");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Participation statement 2026");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            PDFont font = document.getPage(0).getResources().getFontNames().iterator().hasNext()
                    ? document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next())
                    : null;
            assertThat(font).isNotNull();
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    static OutputDocument longTable(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(List.of("Row " + i + " activity with local people and partners", "You said " + i, "We did " + i));
        }
        return new OutputDocument("Participation statement", "", "en-GB", LocalDate.of(2026, 12, 6),
                List.of(OutputSection.of("You said, we did", new Block.Table("What changed",
                        List.of("Activity", "You said", "We did"), body))));
    }

    @Test
    void everyRowOfATableRunningOverManyPagesIsPrintedOnceWithTheHeaderRowOnEveryPage() throws IOException {
        int rows = 300;

        byte[] pdf = new PdfRenderer(OutputsText.english()).render(longTable(rows));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> printed = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).as("page %d repeats the header row", page).contains("Activity You said We did");
                Matcher row = Pattern.compile("Row (\\d+) activity").matcher(text);
                while (row.find()) {
                    printed.add(Integer.valueOf(row.group(1)));
                }
            }
            assertThat(printed).as("every row once, in order").hasSize(rows).isSorted().doesNotHaveDuplicates();
            assertThat(printed.getFirst()).isEqualTo(1);
            assertThat(printed.getLast()).isEqualTo(rows);
        }
    }

    @Test
    void everyPieceOfTaggedTextOnAPageHasItsPlaceInTheStructureTreeAndItsPropertiesAreInsideThePage() throws IOException {
        byte[] pdf = new PdfRenderer(OutputsText.english()).render(longTable(120));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary parentTree = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getCOSDictionary(COSName.PARENT_TREE);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                List<Integer> mcids = new ArrayList<>();
                for (COSName name : properties.keySet()) {
                    COSBase list = properties.getItem(name);
                    assertThat(list).as("property list %s written inside the page", name.getName())
                            .isInstanceOf(COSDictionary.class);
                    int mcid = ((COSDictionary) list).getInt(COSName.MCID, -1);
                    if (mcid >= 0) {
                        mcids.add(mcid);
                    }
                }
                COSArray elements = (COSArray) parentTreeEntry(parentTree, page.getStructParents());
                assertThat(mcids).isNotEmpty().doesNotHaveDuplicates();
                assertThat(elements.size()).isEqualTo(mcids.size());
                for (int mcid : mcids) {
                    assertThat(elements.getObject(mcid)).as("structure element of MCID %d", mcid)
                            .isInstanceOf(COSDictionary.class);
                }
            }
        }
    }

    /** The value of a number tree (the structure tree's parent tree) for one key. */
    private static COSBase parentTreeEntry(COSDictionary node, int key) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (((COSInteger) nums.getObject(i)).intValue() == key) {
                    return nums.getObject(i + 1);
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                COSBase found = parentTreeEntry((COSDictionary) kids.getObject(i), key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void lettersAreDrawnOneByOneWithoutLigaturesAndCombiningAccentsAsTheAccentedLetter() throws IOException {
        OutputDocument words = new OutputDocument("Figures", "", "en-GB", LocalDate.of(2026, 12, 6),
                List.of(OutputSection.of("Office staff", new Block.Text("The figures affect the flow at the Cafe\u0301"))));

        byte[] pdf = new PdfRenderer(OutputsText.english()).render(words);

        List<String> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text.getUnicode());
                }
            }.getText(document);
        }
        String drawn = String.join("", glyphs);
        assertThat(drawn).contains("figures", "affect", "flow", "Office", "Café")
                .doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04", "\u0301");
    }

    @Test
    void theEmbeddedFontsHaveNoGlyphSubstitutionTableAndStillMapEveryCharacter() throws IOException {
        for (boolean bold : List.of(false, true)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfRenderer.embeddedFont(bold)));
            try (font) {
                assertThat(font.getTableMap()).doesNotContainKey("GSUB").containsKeys("cmap", "glyf", "GPOS");
                assertThat(font.getUnicodeCmapLookup().getGlyphId('é')).isPositive();
                assertThat(font.getUnicodeCmapLookup().getGlyphId('\u20ac')).isPositive();
            }
        }
    }

    @Test
    void theHtmlForThePdfEscapesUserText() {
        String html = new XhtmlRenderer(OutputsText.english()).render(doc);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Tom &amp; Jerry&#39;s").contains("lang=\"en-GB\"").contains("<h2>About this statement</h2>");
    }

    @Test
    void theDocxOpensInPoiWithHeadingStylesTablesAndTitle() throws IOException {
        byte[] bytes = new DocxRenderer(OutputsText.english()).render(doc);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("About this statement", "Level of engagement");
            assertThat(docx.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Title");
                assertThat(p.getText()).isEqualTo("Participation statement 2026");
            });
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo(HOSTILE));
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("First line\nSecond line"));
            assertThat(docx.getTables()).singleElement().satisfies(t -> {
                assertThat(t.getRow(0).getCell(0).getText()).isEqualTo("Level");
                assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("<5");
            });
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Participation statement 2026");
            assertThat(docx.getStyles().styleExist("Heading1")).isTrue();
        }
    }

    @Test
    void aPublishedDocumentSurvivesTheJsonItIsFrozenAs() {
        assertThat(DocumentJson.read(DocumentJson.write(doc))).isEqualTo(doc);
    }
}
