package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What the plan grid asks for: filters (each null = any), free text, and sort orders.
 *
 * @param stageCode a stage code, or {@link #NO_STAGE} for activities with no stage set
 * @param text words searched in the description and lead person
 * @param lead part of the lead person's name
 * @param overdue true = only overdue activities (not complete, planned end passed)
 * @param rag only activities with this delivery rating ({@link DeliveryStatus}), today
 * @param from with {@code to}, the period: only activities whose planned dates overlap it (a missing date
 *             is open-ended)
 */
public record ActivityQuery(String levelCode, String communityCode, PlanStatus status, String lead, String stageCode,
                            boolean overdue, String text, DeliveryStatus.Rag rag, LocalDate from, LocalDate to,
                            List<SortOrder> sort) {

    /** The {@code stageCode} that asks for activities with no stage. */
    public static final String NO_STAGE = "NONE";

    public static final ActivityQuery ALL = new ActivityQuery(null, null, null, null, null, false, null, List.of());

    public ActivityQuery {
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public ActivityQuery(String levelCode, String communityCode, PlanStatus status, String lead, String stageCode,
                         boolean overdue, String text, List<SortOrder> sort) {
        this(levelCode, communityCode, status, lead, stageCode, overdue, text, null, null, null, sort);
    }

    public ActivityQuery sortedBy(List<SortOrder> orders) {
        return new ActivityQuery(levelCode, communityCode, status, lead, stageCode, overdue, text, rag, from, to,
                orders);
    }

    public ActivityQuery withRag(DeliveryStatus.Rag rating) {
        return new ActivityQuery(levelCode, communityCode, status, lead, stageCode, overdue, text, rating, from, to,
                sort);
    }

    public ActivityQuery withPeriod(LocalDate periodFrom, LocalDate periodTo) {
        return new ActivityQuery(levelCode, communityCode, status, lead, stageCode, overdue, text, rag, periodFrom,
                periodTo, sort);
    }

    public ActivityQuery withStage(String stage) {
        return new ActivityQuery(levelCode, communityCode, status, lead, stage, overdue, text, rag, from, to, sort);
    }

    /** Columns the grid can sort by. */
    public enum SortField { DESCRIPTION, LEVEL, STATUS, LEAD, STAGE, PLANNED_START, PLANNED_END }

    public record SortOrder(SortField field, boolean ascending) {
    }
}
