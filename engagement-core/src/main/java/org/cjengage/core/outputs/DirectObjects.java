package org.cjengage.core.outputs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Writes the dictionaries of a rendered document that only one other object refers to inside that object, instead of as
 * objects of their own (issue 16). PDFBox 3 writes every dictionary it is not told is direct as a numbered object: an
 * entry in the cross-reference stream and in an object stream, and a reference where it is used. In a tagged table that
 * is, besides the structure elements themselves, the attributes of every header cell ({@code /A << /O /Table /Scope /Row
 * >>}, one per row), the marked-content references of cells whose text runs onto the next page ({@code /Type /MCR}), and
 * each page's resources with their font and property-list dictionaries: about 4,400 of the 18,500 objects of the
 * 177-page statement. Written inside their one user they are the same PDF (same keys, same values, same structure tree);
 * the file has fewer objects and saving takes less time.
 *
 * <p>The structure elements stay objects of their own (the parent tree, their children and their parents refer to them),
 * and so does anything referred to more than once: a dictionary met twice while walking is left as it was.
 */
final class DirectObjects {

    private static final COSName MCR = COSName.getPDFName("MCR");

    private DirectObjects() {
    }

    /**
     * Marks the single-use dictionaries of the structure tree and of the pages as direct objects.
     *
     * @return how many dictionaries were marked
     */
    static int inline(PDDocument document) {
        Map<COSDictionary, Integer> uses = new IdentityHashMap<>();
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            structureTree(root.getCOSObject().getItem(COSName.K), uses);
        }
        for (PDPage page : document.getPages()) {
            COSDictionary resources = dictionary(page.getCOSObject().getItem(COSName.RESOURCES));
            if (resources != null) {
                count(uses, resources);
                count(uses, dictionary(resources.getItem(COSName.FONT)));
                count(uses, dictionary(resources.getItem(COSName.PROPERTIES)));
            }
        }
        int marked = 0;
        for (Map.Entry<COSDictionary, Integer> use : uses.entrySet()) {
            if (use.getValue() == 1 && !use.getKey().isDirect()) {
                use.getKey().setDirect(true);
                marked++;
            }
        }
        return marked;
    }

    /** Walks the structure elements below the root, counting their attribute dictionaries and marked-content references. */
    private static void structureTree(COSBase kids, Map<COSDictionary, Integer> uses) {
        Map<COSDictionary, Boolean> visited = new IdentityHashMap<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(kids);
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject reference) {
                // an indirect reference: to a structure element (kept as an object), or to anything else (left as it is)
                COSBase element = reference.getObject();
                if (element instanceof COSDictionary dict && isStructureElement(dict)
                        && visited.put(dict, Boolean.TRUE) == null) {
                    element(dict, todo, uses);
                }
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            } else if (item instanceof COSDictionary dict) {
                if (MCR.equals(dict.getCOSName(COSName.TYPE))) {
                    count(uses, dict);
                } else if (isStructureElement(dict) && visited.put(dict, Boolean.TRUE) == null) {
                    element(dict, todo, uses);
                }
            }
        }
    }

    private static void element(COSDictionary element, Deque<COSBase> todo, Map<COSDictionary, Integer> uses) {
        COSBase attributes = element.getItem(COSName.A);
        if (attributes instanceof COSDictionary dict) {
            count(uses, dict);
        } else if (attributes instanceof COSArray list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof COSDictionary dict) {
                    count(uses, dict);
                }
            }
        }
        COSBase kids = element.getItem(COSName.K);
        if (kids != null) {
            todo.push(kids);
        }
    }

    private static boolean isStructureElement(COSDictionary dict) {
        COSName type = dict.getCOSName(COSName.TYPE);
        return type == null ? dict.containsKey(COSName.S) : "StructElem".equals(type.getName());
    }

    /** The dictionary itself when held directly (not through a reference), else null. */
    private static COSDictionary dictionary(COSBase item) {
        return item instanceof COSDictionary dict ? dict : null;
    }

    private static void count(Map<COSDictionary, Integer> uses, COSDictionary dict) {
        if (dict != null) {
            uses.merge(dict, 1, Integer::sum);
        }
    }
}
