package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Seam for a section another feature adds at the end of the annual report (e.g. participant feedback). The
 * report is published, so the section must disclose its figures as {@code Audience.BEYOND}.
 */
public interface AnnualReportSection {

    /**
     * What the report covers: the partnership and the plans whose activities it counts (the current plan, one plan
     * or all plans, as the reader chose).
     */
    record Scope(long partnershipId, List<Long> planIds) {
        public Scope {
            planIds = List.copyOf(planIds);
        }
    }

    /**
     * The section for the reporting year {@code from}..{@code to} over the activities of the scope's plans, or empty
     * when the feature has nothing for that year. Read with a fixed number of queries, whatever the number of
     * activities (join on the plans rather than listing activity ids).
     */
    Optional<OutputSection> section(Scope scope, LocalDate from, LocalDate to);
}
