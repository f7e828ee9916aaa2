package org.cjengage.core.disclosure;

import java.util.List;

/**
 * Counts of people shown together with their total, as they may be shown to one audience: no suppressed
 * cell can be worked out from the total and the cells shown beside it.
 */
public record PeopleTable(List<Figure> cells, Figure total) {

    public PeopleTable {
        cells = List.copyOf(cells);
    }
}
