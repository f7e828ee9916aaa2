package org.cjengage.core.common;

import com.networknt.schema.path.NodePath;

/** Where in a checked file a JSON Schema finding is, written as the file's own field path. */
public final class SchemaPaths {

    private SchemaPaths() {
    }

    /** The instance location as a field path: {@code plans[0].activities[3]}; empty for the whole file. */
    public static String of(NodePath location) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Number n) {
                out.append('[').append(n.intValue()).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(element);
            }
        }
        return out.toString();
    }
}
