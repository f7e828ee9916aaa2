package org.cjengage.core.scoring;

import java.util.List;

/**
 * Several assessors' results for the same activity and stage, per element.
 *
 * @param assessors the label of each assessor, in the order of {@link Row#perAssessor()}
 */
public record AssessorComparison(List<String> assessors, List<Row> rows) {

    /** Assessors whose element results differ by this much or more are flagged for discussion. */
    public static final double DISAGREEMENT = 2.0;

    public AssessorComparison {
        assessors = List.copyOf(assessors);
        rows = List.copyOf(rows);
    }

    public boolean anyFlagged() {
        return rows.stream().anyMatch(Row::flagged);
    }

    /**
     * @param perAssessor each assessor's mean for the element; null where that assessor has no result
     * @param mean        mean of the assessors' results; null when none has one
     * @param spread      highest minus lowest assessor result; null when none has one
     * @param flagged     the spread reaches {@link #DISAGREEMENT}
     */
    public record Row(String code, String name, List<Double> perAssessor, Double mean, Double spread,
                      boolean flagged) {
        public Row {
            perAssessor = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(perAssessor));
        }
    }
}
