package org.cjengage.core.plan;

import java.util.List;

/** What a plan file holds: the activities it would add, or the problems that stop it. */
public record ImportResult(List<ActivityDraft> drafts, List<ImportProblem> problems) {
    public ImportResult {
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
