package org.cjengage.core.dashboard;

import java.time.LocalDate;

import org.cjengage.core.plan.PlanStatus;

/** An activity not complete after its planned end (RAG red), for the overdue list. */
public record OverdueActivity(long id, long planId, long partnershipId, String partnershipName, String description,
                              LocalDate plannedEnd, PlanStatus status, String stageCode, String leadPerson) {
}
