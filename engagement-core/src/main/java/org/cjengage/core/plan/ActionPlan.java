package org.cjengage.core.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An outline action plan of one partnership, serving one outcome of its local plan over a period.
 * Its activities are separate aggregates that refer to it by id (a plan may hold thousands).
 */
@Table("action_plan")
public record ActionPlan(@Id Long id, Long partnershipId, String title, String outcome, LocalDate periodStart,
                         LocalDate periodEnd, @Version Integer version, Instant createdAt, Instant updatedAt) {

    public static ActionPlan create(long partnershipId, PlanDraft draft) {
        Instant now = Instant.now();
        return new ActionPlan(null, partnershipId, draft.title().strip(), strip(draft.outcome()), draft.periodStart(),
                draft.periodEnd(), null, now, now);
    }

    public ActionPlan revise(PlanDraft draft, int expectedVersion) {
        return new ActionPlan(id, partnershipId, draft.title().strip(), strip(draft.outcome()), draft.periodStart(),
                draft.periodEnd(), expectedVersion, createdAt, Instant.now());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
