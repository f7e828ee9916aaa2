package org.cjengage.core.dashboard;

import java.time.LocalDate;

import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.PlanStatus;

/**
 * Red / amber / green rating of an activity on the dashboard: exactly the action plan's rule
 * ({@link DeliveryStatus}), so the dashboard and the plan grid never disagree. NONE is an activity with
 * no planned end (not rated). {@link #SQL_CASE} is the same rule in SQL; a test checks they agree.
 */
public enum Rag {
    RED, AMBER, GREEN, NONE;

    public static final int AMBER_WINDOW_DAYS = DeliveryStatus.DUE_SOON_DAYS;

    /**
     * {@link DeliveryStatus#of} in SQL over {@code engagement_activity a}, with named parameters
     * {@code :today} and {@code :amberUntil} (today + {@value #AMBER_WINDOW_DAYS} days).
     */
    public static final String SQL_CASE = """
            CASE WHEN a.status = 'COMPLETE' THEN 'GREEN'
                 WHEN a.planned_end < :today THEN 'RED'
                 WHEN a.status = 'NOT_STARTED' AND a.planned_start < :today THEN 'AMBER'
                 WHEN a.status = 'NOT_STARTED' AND a.planned_end <= :amberUntil THEN 'AMBER'
                 WHEN a.planned_end IS NULL THEN 'NONE'
                 ELSE 'GREEN' END""";

    public static Rag of(PlanStatus status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate today) {
        return valueOf(DeliveryStatus.of(status, plannedStart, plannedEnd, today).rag().name());
    }
}
