package org.cjengage.core.dashboard;

import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.plan.PlanStatus;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;

import java.util.List;

/**
 * The figures every dashboard shows, as the audience may see them (docs/disclosure.md). Counts of
 * activities are exact for everyone; {@link #peopleByStage()} is the one count of people, suppressed for
 * {@link Audience#BEYOND}. {@link #complete()}, {@link #overdue()} and {@link #people()} are the same figures
 * as in the breakdowns, so a tile never shows what a table hides.
 */
public record DashboardFigures(Figure total, Breakdown byStatus, Breakdown byRag, Breakdown byLevel,
                               Breakdown byStage, Figure overdueReviews, CoverageMatrix coverage,
                               Breakdown peopleByStage, List<OverdueActivity> overdueList,
                               List<DashboardSection> sections) {

    public DashboardFigures {
        overdueList = List.copyOf(overdueList);
        sections = List.copyOf(sections);
    }

    public static DashboardFigures present(RawFigures raw, Dimensions dimensions, DisclosurePolicy policy,
                                           Audience audience, List<OverdueActivity> overdueList,
                                           List<DashboardSection> sections) {
        return new DashboardFigures(policy.count(raw.total()), Breakdown.of(raw.byStatus(), policy),
                Breakdown.of(raw.byRag(), policy), Breakdown.of(raw.byLevel(), policy),
                Breakdown.of(raw.byStage(), policy), policy.count(raw.overdueReviews()),
                CoverageMatrix.of(raw.coverage(), dimensions.levels(), policy),
                Breakdown.people(raw.peopleByStage(), policy, audience), overdueList,
                sections.stream().map(s -> s.disclosed(policy, audience)).toList());
    }

    public Figure complete() {
        return byStatus.figure(PlanStatus.COMPLETE.name());
    }

    public Figure overdue() {
        return byRag.figure(Rag.RED.name());
    }

    /** People who took part in the activities in view (the total of {@link #peopleByStage()}). */
    public Figure people() {
        return peopleByStage.total();
    }

    /** Whether anything on the dashboard is suppressed (the page explains suppression only then). */
    public boolean anySuppressed() {
        return peopleByStage.anySuppressed() || sections.stream().anyMatch(DashboardSection::anySuppressed);
    }
}
