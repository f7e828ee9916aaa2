package org.cjengage.core.disclosure;

import java.util.List;

/**
 * Counts of people shown together with their total, as they may be shown to one audience: no suppressed
 * cell can be worked out from the total and the cells shown beside it. Show {@link #total()} as the total
 * (never a sum of your own): it is hidden when showing it would give a suppressed cell away.
 */
public record PeopleTable(List<Figure> cells, Figure total) {

    public PeopleTable {
        cells = List.copyOf(cells);
    }

    public Figure cell(int index) {
        return cells.get(index);
    }

    /** Whether any cell or the total is suppressed (a page says so only then). */
    public boolean anySuppressed() {
        return !total.isExact() || cells.stream().anyMatch(f -> !f.isExact());
    }
}
