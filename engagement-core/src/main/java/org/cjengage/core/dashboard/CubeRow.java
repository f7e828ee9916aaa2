package org.cjengage.core.dashboard;

import org.cjengage.core.plan.DeliveryStatus.Rag;
import org.cjengage.core.plan.PlanStatus;

/**
 * One group of the activity aggregate: how many activities share partnership, status, level, stage and RAG,
 * and how many people took part in them (the recorded "Do: how many took part"; none recorded counts 0).
 */
public record CubeRow(long partnershipId, PlanStatus status, String levelCode, String stageCode, Rag rag, long count,
                      long participants) {

    /** A group with no participants recorded. */
    public CubeRow(long partnershipId, PlanStatus status, String levelCode, String stageCode, Rag rag, long count) {
        this(partnershipId, status, levelCode, stageCode, rag, count, 0);
    }
}
