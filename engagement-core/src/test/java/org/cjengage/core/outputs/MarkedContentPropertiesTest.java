package org.cjengage.core.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

class MarkedContentPropertiesTest {

    static PDPropertyList mcid(int id) {
        COSDictionary list = new COSDictionary();
        list.setItem(COSName.MCID, COSInteger.get(id));
        return PDPropertyList.create(list);
    }

    @Test
    void aPagesPropertyListsGetANameEachAndTheSameListKeepsItsName() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = MarkedContentProperties.newPage(document, 595.3f, 841.9f);
            PDResources resources = page.getResources();
            PDPropertyList first = mcid(0);
            PDPropertyList second = mcid(1);

            COSName a = resources.add(first);
            COSName b = resources.add(second);
            COSName again = resources.add(first);

            assertThat(a).isNotEqualTo(b);
            assertThat(again).isEqualTo(a);
            assertThat(resources.getProperties(a).getCOSObject()).isSameAs(first.getCOSObject());
            assertThat(resources.getProperties(b).getCOSObject()).isSameAs(second.getCOSObject());
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(page.getMediaBox().getWidth()).isEqualTo(595.3f);
        }
    }

    @Test
    void aListIsFoundWhileItIsThereAndNotAfterItIsRemoved() {
        MarkedContentProperties properties = new MarkedContentProperties();
        COSDictionary kept = mcid(0).getCOSObject();
        COSDictionary removed = mcid(1).getCOSObject();
        properties.setItem(COSName.getPDFName("Prop1"), kept);
        properties.setItem(COSName.getPDFName("Prop2"), removed);

        assertThat(properties.containsValue(kept)).isTrue();
        assertThat(properties.containsValue(removed)).isTrue();
        assertThat(properties.containsValue(mcid(0).getCOSObject())).as("an equal but other list").isFalse();

        properties.removeItem(COSName.getPDFName("Prop2"));

        assertThat(properties.containsValue(removed)).isFalse();
        assertThat(properties.containsValue(kept)).isTrue();
        assertThat(properties.getKeyForValue(kept)).isEqualTo(COSName.getPDFName("Prop1"));
    }

    @Test
    void listsCopiedInWithoutItKnowingAreStillFound() {
        MarkedContentProperties properties = new MarkedContentProperties();
        COSDictionary other = new COSDictionary();
        COSDictionary list = mcid(3).getCOSObject();
        other.setItem(COSName.getPDFName("Prop9"), list);

        properties.addAll(other);

        assertThat(properties.containsValue(list)).isTrue();
    }

    @Test
    void theListsAreWrittenInsideThePageNotAsObjectsOfTheirOwn() {
        MarkedContentProperties properties = new MarkedContentProperties();
        COSDictionary list = mcid(0).getCOSObject();

        properties.setItem(COSName.getPDFName("Prop1"), list);

        assertThat(list.isDirect()).isTrue();
    }
}
