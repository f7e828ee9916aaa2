package org.cjengage.core.plan;

import java.util.List;

/**
 * A plan file as read, before it is mapped: its name and its sheets of cell texts. Held by the import
 * dialog between the upload and the import, so the file is read once.
 */
public record PlanUpload(String fileName, List<PlanFiles.Table> sheets) {
    public PlanUpload {
        sheets = List.copyOf(sheets);
    }

    public List<String> sheetNames() {
        return sheets.stream().map(PlanFiles.Table::name).toList();
    }
}
