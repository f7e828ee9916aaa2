package org.cjengage.core.plan;

import java.time.LocalDate;

import org.cjengage.core.common.Checks;

/** What a strategy lead types to create or change a plan. */
public record PlanDraft(String title, String outcome, LocalDate periodStart, LocalDate periodEnd) {

    public static final int TITLE_MAX = 200;
    public static final int OUTCOME_MAX = 1000;

    public PlanDraft validate() {
        Checks checks = new Checks()
                .requiredText("title", title, TITLE_MAX)
                .text("outcome", outcome, OUTCOME_MAX)
                .required("periodStart", periodStart)
                .required("periodEnd", periodEnd);
        if (periodStart != null && periodEnd != null) {
            checks.that(!periodEnd.isBefore(periodStart), "periodEnd", "validation.endBeforeStart");
        }
        checks.throwIfAny();
        return this;
    }
}
