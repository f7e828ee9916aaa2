package org.cjengage.core.outputs;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The annual report of a finished reporting year as a lead published it. Immutable: the document is frozen
 * as JSON ({@link #content()}), so later data changes never alter what the public page shows.
 *
 * @param startYear the reporting year's first calendar year (2025 for 1 April 2025 to 31 March 2026)
 */
@Table("published_annual_report")
public record PublishedAnnualReport(@Id Long id, Long partnershipId, int startYear, LocalDate publishedOn,
                                    Instant publishedAt, String publishedBy, String content) {
}
