package org.cjengage.core.dashboard;

import java.time.LocalDate;

import org.cjengage.core.plan.DeliveryStatus;
import org.cjengage.core.plan.PlanStatus;

/**
 * Red / amber / green rating of an activity on the dashboard: exactly the action plan's rule
 * ({@link DeliveryStatus}), so the dashboard and the plan grid never disagree. NONE is an activity with
 * no planned end (not rated). {@link #SQL_CASE} is the same rule in SQL; tests check they agree.
 */
public enum Rag {
    RED, AMBER, GREEN, NONE;

    public static final int AMBER_WINDOW_DAYS = DeliveryStatus.DUE_SOON_DAYS;

    /**
     * The same rule in SQL over {@code engagement_activity a}: the plan's own {@link DeliveryStatus#SQL_RAG},
     * with named parameters {@code :today} and {@code :dueSoonUntil} ({@link DeliveryStatus#sqlParams}).
     */
    public static final String SQL_CASE = DeliveryStatus.SQL_RAG;

    public static Rag of(PlanStatus status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate today) {
        return valueOf(DeliveryStatus.of(status, plannedStart, plannedEnd, today).rag().name());
    }
}
