package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * One line of the plan grid, read with a single query (no child collections but the communities and the purpose
 * codes, each read as a list in the same row), with its delivery status on the day it was read (the application's
 * clock read once for the whole page, not once per row).
 */
public record ActivityRow(long id, long planId, String description, String levelCode, PlanStatus status,
                          String leadPerson, String stageCode, LocalDate plannedStart, LocalDate plannedEnd,
                          Set<String> communityCodes, Set<String> purposeCodes, int version, DeliveryStatus delivery) {

    public ActivityRow {
        communityCodes = Set.copyOf(communityCodes);
        purposeCodes = purposeCodes == null ? Set.of() : Set.copyOf(purposeCodes);
    }

    /** The row as it would be read on {@code today}: its delivery status follows the plan's RAG rule. */
    static ActivityRow on(LocalDate today, long id, long planId, String description, String levelCode,
                          PlanStatus status, String leadPerson, String stageCode, LocalDate plannedStart,
                          LocalDate plannedEnd, Set<String> communityCodes, Set<String> purposeCodes, int version) {
        return new ActivityRow(id, planId, description, levelCode, status, leadPerson, stageCode, plannedStart,
                plannedEnd, communityCodes, purposeCodes, version,
                DeliveryStatus.of(status, plannedStart, plannedEnd, today));
    }
}
