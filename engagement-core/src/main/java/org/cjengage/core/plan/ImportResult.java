package org.cjengage.core.plan;

import java.util.List;

/**
 * What a plan file holds: the activities it would add (none while there is any problem: all or
 * nothing), the problems that stop it, and its first rows as they would be saved, for a preview.
 */
public record ImportResult(List<ActivityDraft> drafts, List<ImportProblem> problems, List<PreviewRow> preview) {

    /**
     * One of the first rows: its spreadsheet row number, what it would become (null if it has problems),
     * and that draft in labels by field, as a plan file would show it (empty if it has problems).
     */
    public record PreviewRow(int row, ActivityDraft draft, java.util.Map<PlanColumn, String> labels) {
        public PreviewRow {
            labels = labels == null ? java.util.Map.of() : java.util.Map.copyOf(labels);
        }
    }

    public ImportResult {
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
        preview = List.copyOf(preview);
    }

    public ImportResult(List<ActivityDraft> drafts, List<ImportProblem> problems) {
        this(drafts, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
