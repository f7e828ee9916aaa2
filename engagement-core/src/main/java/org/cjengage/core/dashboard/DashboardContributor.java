package org.cjengage.core.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * A feature's section of the partnership dashboard and national roll-up, declared as a bean (any
 * {@code @Component} in the feature's package). The dashboard service calls every contributor after it
 * has checked access, passes the returned counts through the disclosure policy (a {@link SectionCell.Count} is
 * exact, a {@link SectionCell.People} suppressed when small beyond the partnership), times the whole build and
 * hands the sections to the UI, which draws a chart and an accessible table for each.
 *
 * <p>Planned contributors (see docs/dashboard.md, "Sections from other features"):
 * <ul>
 *   <li><b>standards radar</b> (scoring): one row per National Standard, an {@link SectionCell.Average}
 *   of the scores of <em>approved</em> assessments with the number of assessments as its basis, chart
 *   {@link DashboardSection.ChartKind#RADAR}, valueMax 6;</li>
 *   <li><b>distance travelled</b> (participation): one row per service, the latest stage (1..8) and the
 *   stretch target, plus a {@link SectionCell.Count} of observations, chart BAR, valueMax 8.</li>
 * </ul>
 *
 * <p>Rules: aggregate in SQL (GROUP BY, one or two queries), honour {@code scope} (one partnership or all)
 * and the {@link DashboardFilter} where it applies (period, community, level; plan when the data hangs off
 * activities), return counts as {@link SectionCell.Count}, or {@link SectionCell.People} when they count individuals
 * (never pre-formatted text), and return
 * {@link Optional#empty()} when there is nothing to show.
 */
public interface DashboardContributor {

    /** Position among contributed sections (after the plan figures); lower first. */
    int order();

    Optional<DashboardSection> section(DashboardScope scope, DashboardFilter filter);

    /**
     * Every section this contributor adds, in order; by default the one {@link #section} returns. Override when
     * one query feeds several sections (e.g. a table per item and counts by status).
     */
    default List<DashboardSection> sections(DashboardScope scope, DashboardFilter filter) {
        return section(scope, filter).stream().toList();
    }
}
