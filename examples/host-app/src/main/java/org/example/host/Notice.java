package org.example.host;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A notice on the hub's board: the host's own Spring Data JDBC aggregate, in its own table. */
@Table("notice")
public record Notice(@Id Long id, String title, String body, LocalDate postedOn) {
}
