package org.cjengage.core.participation;

import org.springframework.data.relational.core.mapping.Table;

/** An engagement activity (same partnership) that produced the evidence of an observation. */
@Table("observation_activity")
public record ObservationActivity(Long activityId) {
}
