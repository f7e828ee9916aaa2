package org.cjengage.hosttest;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The host application's own entity (table from its own migration, classpath:db/host/V1__host_notes.sql). */
@Table("host_note")
public record HostNote(@Id Long id, String text) {
}
