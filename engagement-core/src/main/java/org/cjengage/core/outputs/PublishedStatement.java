package org.cjengage.core.outputs;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A published, dated version of a participation statement. Immutable: the repository can only insert and
 * read, and the document is frozen as JSON ({@link #content()}) so later data changes never alter it.
 */
@Table("published_statement")
public record PublishedStatement(@Id Long id, Long partnershipId, Long planId, int number, String title,
                                 LocalDate publishedOn, Instant publishedAt, String publishedBy, String content) {
}
