package org.cjengage.core.plan;

import java.util.List;

import org.cjengage.core.plan.PlanDependents.Dependent;

/**
 * What deleting a plan or an activity would do: how many activities go with it (a plan), the other features'
 * records deleted with it, and the records that forbid it. The confirm dialog shows this before anything is
 * deleted; the service checks it again when deleting.
 */
public record DeletionImpact(long activities, List<Dependent> deleted, List<Dependent> blocking) {

    public DeletionImpact {
        deleted = List.copyOf(deleted);
        blocking = List.copyOf(blocking);
    }

    static DeletionImpact of(long activities, List<Dependent> all) {
        return new DeletionImpact(activities, all.stream().filter(d -> !d.blocks() && d.count() > 0).toList(),
                all.stream().filter(d -> d.blocks() && d.count() > 0).toList());
    }

    public boolean allowed() {
        return blocking.isEmpty();
    }

    /** Throws the first blocking record's refusal, if any. */
    void refuseIfBlocked() {
        if (!blocking.isEmpty()) {
            throw new DeletionRefusedException(blocking);
        }
    }
}
