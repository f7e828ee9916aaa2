package org.cjengage.core.plan;

import java.util.List;

import org.cjengage.core.common.DomainException;

/** A plan file had problems; nothing was imported. */
public class ImportRejectedException extends DomainException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("plan.import.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
