package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Plan versus delivery for one activity on a given day, with its red/amber/green rating: the ONE home of
 * the RAG rule (the plan grid, its filters, the print view, the dashboards and the reminders all use it).
 * The rule, in order (the first that applies wins):
 * <ol>
 * <li>status Complete: {@link #COMPLETE}, green;</li>
 * <li>planned end before today: {@link #OVERDUE}, red;</li>
 * <li>not started and the planned start has passed: {@link #START_SLIPPED}, amber;</li>
 * <li>not started and the planned end is within {@value #DUE_SOON_DAYS} days: {@link #DUE_SOON}, amber;</li>
 * <li>no planned end: {@link #UNSCHEDULED}, no rating (grey);</li>
 * <li>otherwise: {@link #ON_TRACK}, green.</li>
 * </ol>
 * Each case carries its condition in SQL next to its rating, and {@link #sqlRag()} / {@link #sqlIs} are
 * generated from them in the same order as {@link #of}; {@code DeliveryStatusSqlAgreementTest} runs the SQL
 * and the Java over every combination of status and dates around the thresholds and compares each result.
 */
public enum DeliveryStatus {
    COMPLETE(Rag.GREEN, "a.status = '" + PlanStatus.COMPLETE.name() + "'"),
    OVERDUE(Rag.RED, "a.planned_end < :ragToday"),
    START_SLIPPED(Rag.AMBER, "a.status = '" + PlanStatus.NOT_STARTED.name() + "' AND a.planned_start < :ragToday"),
    DUE_SOON(Rag.AMBER, "a.status = '" + PlanStatus.NOT_STARTED.name() + "' AND a.planned_end <= :ragDueSoonUntil"),
    UNSCHEDULED(Rag.NONE, "a.planned_end IS NULL"),
    ON_TRACK(Rag.GREEN, "TRUE");

    /** How many days ahead a planned end makes a not-started activity amber. */
    public static final int DUE_SOON_DAYS = 30;

    /** The rating shown and counted: red, amber, green, or none (no planned end). */
    public enum Rag { RED, AMBER, GREEN, NONE }

    private final Rag rag;
    /** This case's condition over {@code engagement_activity a}, given that no earlier case applies. */
    private final String sqlCondition;

    DeliveryStatus(Rag rag, String sqlCondition) {
        this.rag = rag;
        this.sqlCondition = sqlCondition;
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
            if (plannedEnd != null && !plannedEnd.isAfter(dueSoonUntil(today))) {
                return DUE_SOON;
            }
        }
        return plannedEnd == null ? UNSCHEDULED : ON_TRACK;
    }

    /** The last planned end that still counts as due soon on {@code today}. */
    public static LocalDate dueSoonUntil(LocalDate today) {
        return today.plusDays(DUE_SOON_DAYS);
    }

    /**
     * The rule's rating in SQL over {@code engagement_activity a}: 'RED', 'AMBER', 'GREEN' or 'NONE' (the
     * {@link Rag} names). Needs the named parameters of {@link #sqlParams}.
     */
    public static String sqlRag() {
        StringBuilder sql = new StringBuilder("CASE");
        for (DeliveryStatus s : values()) {
            sql.append(" WHEN ").append(s.sqlCondition).append(" THEN '").append(s.rag.name()).append('\'');
        }
        return sql.append(" END").toString();
    }

    /**
     * A condition over {@code engagement_activity a} true exactly for activities in {@code status}: no
     * earlier case applies (a NULL date makes a case not apply, as in {@link #of}) and this one does. Needs the
     * named parameters of {@link #sqlParams}.
     */
    public static String sqlIs(DeliveryStatus status) {
        List<String> parts = new ArrayList<>();
        for (DeliveryStatus earlier : Arrays.copyOf(values(), status.ordinal())) {
            parts.add("NOT COALESCE(" + earlier.sqlCondition + ", FALSE)");
        }
        parts.add("(" + status.sqlCondition + ")");
        return "(" + String.join(" AND ", parts) + ")";
    }

    /** The named parameters {@link #sqlRag()} and {@link #sqlIs} need on {@code today}. */
    public static Map<String, Object> sqlParams(LocalDate today) {
        return Map.of("ragToday", today, "ragDueSoonUntil", dueSoonUntil(today));
    }
}
