package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.junit.jupiter.api.Test;

/** {@link DirectObjects}: dictionaries used once are written inside their user; nothing else changes. */
class DirectObjectsTest {

    @Test
    void headerCellAttributesAndPageResourcesAreWrittenInsideTheirOneUserWithTheSameValues() throws IOException {
        byte[] pdf = new PdfRenderer(OutputsText.english()).render(RenderersTest.longTable(60));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> scopes = new ArrayList<>();
            List<COSDictionary> elements = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getItem(COSName.K), elements);
            for (COSDictionary element : elements) {
                COSBase attributes = element.getItem(COSName.A);
                if (attributes != null) {
                    assertThat(attributes).as("the attributes of a %s", element.getNameAsString(COSName.S))
                            .isInstanceOf(COSDictionary.class);
                    scopes.add(element.getNameAsString(COSName.S) + " "
                            + ((COSDictionary) attributes).getNameAsString(COSName.getPDFName("Scope")));
                }
            }
            assertThat(scopes).as("three column headers, then a row header per row").hasSize(3 + 60)
                    .startsWith("TH Column", "TH Column", "TH Column").endsWith("TH Row");
            for (PDPage page : document.getPages()) {
                COSBase resources = page.getCOSObject().getItem(COSName.RESOURCES);
                assertThat(resources).isInstanceOf(COSDictionary.class);
                assertThat(((COSDictionary) resources).getItem(COSName.PROPERTIES)).isInstanceOf(COSDictionary.class);
                COSBase fonts = ((COSDictionary) resources).getItem(COSName.FONT);
                if (fonts != null) { // a page with text
                    assertThat(fonts).isInstanceOf(COSDictionary.class);
                    assertThat(page.getResources().getFontNames()).isNotEmpty();
                    page.getResources().getFontNames().forEach(name -> assertThat(
                            ((COSDictionary) fonts).getItem(name)).as("a font stays an object").isInstanceOf(COSObject.class));
                }
            }
        }
    }

    @Test
    void aDictionaryTwoStructureElementsShareStaysAnObjectOfItsOwn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(root);
            PDStructureElement table = new PDStructureElement("Table", root);
            root.appendKid(table);
            COSDictionary shared = new COSDictionary();
            shared.setName(COSName.O, "Table");
            shared.setName(COSName.getPDFName("Scope"), "Row");
            COSDictionary own = new COSDictionary();
            own.setName(COSName.O, "Table");
            own.setName(COSName.getPDFName("Scope"), "Column");
            for (COSDictionary attributes : List.of(shared, shared, own)) {
                PDStructureElement cell = new PDStructureElement("TH", table);
                cell.getCOSObject().setItem(COSName.A, attributes);
                table.appendKid(cell);
            }

            assertThat(DirectObjects.inline(document)).as("the one attribute dictionary not shared").isEqualTo(1);
            assertThat(shared.isDirect()).isFalse();
            assertThat(own.isDirect()).isTrue();
            document.save(out);
        }
        try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
            List<COSDictionary> elements = new ArrayList<>();
            collect(saved.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getItem(COSName.K), elements);
            List<COSBase> attributes = elements.stream().filter(e -> e.containsKey(COSName.A))
                    .map(e -> e.getItem(COSName.A)).toList();
            assertThat(attributes).hasSize(3);
            assertThat(attributes.get(0)).isInstanceOf(COSObject.class);
            assertThat(attributes.get(1)).isInstanceOf(COSObject.class);
            assertThat(attributes.get(2)).isInstanceOf(COSDictionary.class);
        }
    }

    /** Every structure element below the given kids, in document order. */
    private static void collect(COSBase kids, List<COSDictionary> elements) {
        COSBase kid = kids instanceof COSObject reference ? reference.getObject() : kids;
        if (kid instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), elements);
            }
        } else if (kid instanceof COSDictionary dict && dict.containsKey(COSName.S)) {
            elements.add(dict);
            collect(dict.getItem(COSName.K), elements);
        }
    }
}
