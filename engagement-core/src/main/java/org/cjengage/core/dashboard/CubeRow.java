package org.cjengage.core.dashboard;

import org.cjengage.core.plan.PlanStatus;

/** One group of the activity aggregate: how many activities share partnership, status, level, stage and RAG. */
public record CubeRow(long partnershipId, PlanStatus status, String levelCode, String stageCode, Rag rag, long count) {
}
