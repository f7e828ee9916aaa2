package org.cjengage.core.scoring;

import java.util.List;

/** The planning check and the review of one activity side by side, per element. */
public record StageComparison(List<Row> rows) {

    public StageComparison {
        rows = List.copyOf(rows);
    }

    /**
     * @param planning nullable: no result at the planning check
     * @param review   nullable: no result at the review
     * @param change   {@link Change#NOT_COMPARABLE} unless both have a result
     */
    public record Row(String code, String name, Double planning, Double review, Change change) {
    }
}
