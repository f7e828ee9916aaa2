package org.cjengage.core.outputs;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The {@code /Properties} dictionary of a page's resources, for the marked-content property lists a tagged PDF
 * draws with (issue 16). A tagged page of a long table marks about 440 pieces of content (each line of text, each
 * cell's background), and PDFBox, before adding each one, asks the dictionary whether it already holds it: a plain
 * dictionary answers by looking through all its entries, about 100,000 comparisons per page. This one remembers the
 * lists it was given and answers "no" for a new one at once; every "yes" is checked by the plain dictionary's own
 * search, and after any change it did not see (removal, copying) it always asks the plain dictionary.
 *
 * <p>The property lists are also written inside the dictionary (direct objects) rather than each as an object of its
 * own: nothing else in the file refers to them by object, and they were about 75,000 of the 93,000 objects of a
 * 176-page statement (the file is also 44% smaller). Both show nowhere on the page and change nothing in the tags.
 */
final class MarkedContentProperties extends COSDictionary {

    private final Set<COSBase> added = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean complete = true;

    /** A new page of the given size in points, added to the document, its resources holding one of these. */
    static PDPage newPage(PDDocument document, float width, float height) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, new MarkedContentProperties());
        page.setResources(resources);
        document.addPage(page);
        return page;
    }

    @Override
    public void setItem(COSName key, COSBase value) {
        if (value instanceof COSDictionary list && !(value instanceof MarkedContentProperties) && list.getKey() == null) {
            list.setDirect(true);
        }
        super.setItem(key, value);
        if (value != null) {
            added.add(value);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        if (!complete || value instanceof COSObject || added.contains(value)) {
            return super.containsValue(value);
        }
        return false;
    }

    @Override
    public void removeItem(COSName key) {
        complete = false;
        super.removeItem(key);
    }

    @Override
    public void clear() {
        complete = false;
        super.clear();
    }

    @Override
    public void addAll(COSDictionary dict) {
        complete = false;
        super.addAll(dict);
    }
}
