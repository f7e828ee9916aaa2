package org.cjengage.core.dashboard;

import org.cjengage.core.disclosure.Figure;

import java.util.List;

/**
 * The figures every dashboard shows, already suppressed for the audience. {@link #complete()} and
 * {@link #overdue()} are the same figures as in the breakdowns, so a tile never shows what a table hides.
 */
public record DashboardFigures(Figure total, Breakdown byStatus, Breakdown byRag, Breakdown byLevel,
                               Breakdown byStage, Figure overdueReviews, CoverageMatrix coverage,
                               List<OverdueActivity> overdueList, List<DashboardSection> sections) {

    public DashboardFigures {
        overdueList = List.copyOf(overdueList);
        sections = List.copyOf(sections);
    }

    public static DashboardFigures present(RawFigures raw, Dimensions dimensions, Suppression suppression,
                                           List<OverdueActivity> overdueList, List<DashboardSection> sections) {
        return new DashboardFigures(suppression.single(raw.total()), Breakdown.of(raw.byStatus(), suppression),
                Breakdown.of(raw.byRag(), suppression), Breakdown.of(raw.byLevel(), suppression),
                Breakdown.of(raw.byStage(), suppression), suppression.single(raw.overdueReviews()),
                CoverageMatrix.of(raw.coverage(), dimensions.levels(), suppression), overdueList, sections);
    }

    public Figure complete() {
        return byStatus.figure("COMPLETE");
    }

    public Figure overdue() {
        return byRag.figure(Rag.RED.name());
    }
}
