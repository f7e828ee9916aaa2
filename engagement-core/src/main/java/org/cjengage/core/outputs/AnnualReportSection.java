package org.cjengage.core.outputs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Seam for a section another feature adds at the end of the annual report (e.g. participant feedback). The
 * report is published, so the section must disclose its figures as {@code Audience.BEYOND}.
 */
public interface AnnualReportSection {

    /**
     * The section for the reporting year {@code from}..{@code to} over the report's activities, or empty when the
     * feature has nothing for that year.
     */
    Optional<OutputSection> section(long partnershipId, Collection<Long> activityIds, LocalDate from, LocalDate to);
}
