package org.cjengage.core.plan;

import java.time.LocalDate;

/**
 * Plan versus delivery for one activity on a given day, with its red/amber/green rating. The rule, in
 * order (the first that applies wins):
 * <ol>
 * <li>status Complete: {@link #COMPLETE}, green;</li>
 * <li>planned end before today: {@link #OVERDUE}, red;</li>
 * <li>not started and the planned start has passed: {@link #START_SLIPPED}, amber;</li>
 * <li>not started and the planned end is within {@value #DUE_SOON_DAYS} days: {@link #DUE_SOON}, amber;</li>
 * <li>no planned end: {@link #UNSCHEDULED}, no rating (grey);</li>
 * <li>otherwise: {@link #ON_TRACK}, green.</li>
 * </ol>
 */
public enum DeliveryStatus {
    COMPLETE(Rag.GREEN), OVERDUE(Rag.RED), START_SLIPPED(Rag.AMBER), DUE_SOON(Rag.AMBER), UNSCHEDULED(Rag.NONE),
    ON_TRACK(Rag.GREEN);

    public static final int DUE_SOON_DAYS = 30;

    public enum Rag { RED, AMBER, GREEN, NONE }

    private final Rag rag;

    DeliveryStatus(Rag rag) {
        this.rag = rag;
    }

    /**
     * The same rule's rating in SQL over {@code engagement_activity a}, giving 'RED', 'AMBER', 'GREEN' or
     * 'NONE', with named parameters {@code :today} and {@code :dueSoonUntil} (see {@link #sqlParams}). The one
     * SQL form of the rule: keep it in step with {@link #of} (checked by a test over a table of cases).
     */
    public static final String SQL_RAG = """
            CASE WHEN a.status = 'COMPLETE' THEN 'GREEN'
                 WHEN a.planned_end < :today THEN 'RED'
                 WHEN a.status = 'NOT_STARTED' AND a.planned_start < :today THEN 'AMBER'
                 WHEN a.status = 'NOT_STARTED' AND a.planned_end <= :dueSoonUntil THEN 'AMBER'
                 WHEN a.planned_end IS NULL THEN 'NONE'
                 ELSE 'GREEN' END""";

    /** The named parameters {@link #SQL_RAG} needs on {@code today}. */
    public static java.util.Map<String, Object> sqlParams(LocalDate today) {
        return java.util.Map.of("today", today, "dueSoonUntil", today.plusDays(DUE_SOON_DAYS));
    }

    public Rag rag() {
        return rag;
    }

    public static DeliveryStatus of(PlanStatus status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate today) {
        if (status == PlanStatus.COMPLETE) {
            return COMPLETE;
        }
        if (plannedEnd != null && plannedEnd.isBefore(today)) {
            return OVERDUE;
        }
        if (status == PlanStatus.NOT_STARTED) {
            if (plannedStart != null && plannedStart.isBefore(today)) {
                return START_SLIPPED;
            }
            if (plannedEnd != null && !plannedEnd.isAfter(today.plusDays(DUE_SOON_DAYS))) {
                return DUE_SOON;
            }
        }
        return plannedEnd == null ? UNSCHEDULED : ON_TRACK;
    }
}
