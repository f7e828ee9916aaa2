package org.cjengage.core.dashboard;

import java.util.Map;

/**
 * Exact counts for one scope, before disclosure. Maps are ordered as the {@link Dimensions}.
 *
 * @param coverage      community code -> level code -> activities (an activity with two communities counts in both)
 * @param peopleByStage stage bucket -> people who took part (a count of people: the only one on a dashboard)
 */
public record RawFigures(long total, Map<String, Long> byStatus, Map<String, Long> byRag, Map<String, Long> byLevel,
                         Map<String, Long> byStage, long overdueReviews, Map<String, Map<String, Long>> coverage,
                         Map<String, Long> peopleByStage) {
}
