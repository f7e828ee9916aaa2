package org.cjengage.core.plan;

import java.util.List;

/**
 * What the plan grid asks for: filters (each null = any), free text, and sort orders.
 *
 * @param text words searched in the description and lead person
 * @param lead part of the lead person's name
 * @param overdue true = only overdue activities (not complete, planned end passed)
 */
public record ActivityQuery(String levelCode, String communityCode, PlanStatus status, String lead, String stageCode,
                            boolean overdue, String text, List<SortOrder> sort) {

    public static final ActivityQuery ALL = new ActivityQuery(null, null, null, null, null, false, null, List.of());

    public ActivityQuery {
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public ActivityQuery sortedBy(List<SortOrder> orders) {
        return new ActivityQuery(levelCode, communityCode, status, lead, stageCode, overdue, text, orders);
    }

    /** Columns the grid can sort by. */
    public enum SortField { DESCRIPTION, LEVEL, STATUS, LEAD, STAGE, PLANNED_START, PLANNED_END }

    public record SortOrder(SortField field, boolean ascending) {
    }
}
