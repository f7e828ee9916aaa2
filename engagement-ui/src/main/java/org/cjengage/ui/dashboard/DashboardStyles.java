package org.cjengage.ui.dashboard;

import com.vaadin.flow.component.UI;

import org.cjengage.ui.common.PageStyles;

/**
 * The look of the dashboard's tiles and of each section's chart beside its table, drawn by one style sheet sent once
 * per page instead of style properties on every tile and section (about 70 per dashboard; docs/benchmarks.md,
 * "lighter dashboard and statement pages").
 */
final class DashboardStyles {

    static final String CSS = ".cje-dashboard-tiles{display:flex;flex-wrap:wrap;gap:var(--lumo-space-m)}"
            + ".cje-dashboard-tiles>*{padding:var(--lumo-space-m);min-width:10em;"
            + "border:1px solid var(--lumo-contrast-30pct);border-radius:var(--lumo-border-radius-m)}"
            + ".cje-tile-figure{font-size:var(--lumo-font-size-xxl);font-weight:600;display:block}"
            // a chart and, beside it, its table; under it when the two do not fit side by side
            + ".cje-chart-pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));"
            + "gap:var(--lumo-space-m);align-items:start}"
            // a table with many columns has a row of its own under the chart: beside it, it did not fit
            + ".cje-chart-pair>.cje-wide-table{grid-column:1/-1}";

    private DashboardStyles() {
    }

    /** Puts the sheet in the page once per UI (it stays in the page's head while the UI lives). */
    static void addTo(UI ui) {
        PageStyles.addOnce(ui, "cje-dashboard-css", CSS);
    }
}
