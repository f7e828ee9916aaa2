package org.cjengage.core.dashboard;

import java.time.LocalDate;

import org.cjengage.core.plan.PlanStatus;

/**
 * Red / amber / green progress of an activity. PROVISIONAL rule on the foundation columns, kept in this
 * one place (and mirrored by {@link #SQL_CASE}) so the action-planning rule can replace it:
 * <ol>
 *   <li>COMPLETE: green;</li>
 *   <li>planned end before today: red (overdue);</li>
 *   <li>planned end within {@value #AMBER_WINDOW_DAYS} days, or NOT_STARTED after its planned start: amber;</li>
 *   <li>otherwise green (including activities without dates).</li>
 * </ol>
 */
public enum Rag {
    RED, AMBER, GREEN;

    public static final int AMBER_WINDOW_DAYS = 30;

    /**
     * The same rule in SQL over {@code engagement_activity a}, with named parameters {@code :today} and
     * {@code :amberUntil} (today + {@value #AMBER_WINDOW_DAYS} days).
     */
    public static final String SQL_CASE = """
            CASE WHEN a.status = 'COMPLETE' THEN 'GREEN'
                 WHEN a.planned_end < :today THEN 'RED'
                 WHEN a.planned_end <= :amberUntil THEN 'AMBER'
                 WHEN a.status = 'NOT_STARTED' AND a.planned_start < :today THEN 'AMBER'
                 ELSE 'GREEN' END""";

    public static Rag of(PlanStatus status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate today) {
        if (status == PlanStatus.COMPLETE) {
            return GREEN;
        }
        if (plannedEnd != null && plannedEnd.isBefore(today)) {
            return RED;
        }
        if (plannedEnd != null && !plannedEnd.isAfter(today.plusDays(AMBER_WINDOW_DAYS))) {
            return AMBER;
        }
        if (status == PlanStatus.NOT_STARTED && plannedStart != null && plannedStart.isBefore(today)) {
            return AMBER;
        }
        return GREEN;
    }
}
