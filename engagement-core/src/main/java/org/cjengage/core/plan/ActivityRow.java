package org.cjengage.core.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * One line of the plan grid, read with a single query (no child collections but the communities and the purpose
 * codes, each read as a list in the same row).
 */
public record ActivityRow(long id, long planId, String description, String levelCode, PlanStatus status,
                          String leadPerson, String stageCode, LocalDate plannedStart, LocalDate plannedEnd,
                          Set<String> communityCodes, Set<String> purposeCodes, int version) {

    public ActivityRow {
        communityCodes = Set.copyOf(communityCodes);
        purposeCodes = purposeCodes == null ? Set.of() : Set.copyOf(purposeCodes);
    }

    public DeliveryStatus deliveryStatus(LocalDate today) {
        return DeliveryStatus.of(status, plannedStart, plannedEnd, today);
    }
}
