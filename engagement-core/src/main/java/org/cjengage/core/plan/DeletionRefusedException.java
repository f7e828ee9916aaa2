package org.cjengage.core.plan;

import java.util.List;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.plan.PlanDependents.Dependent;

/**
 * A plan or an activity cannot be deleted because other records rest on it (a published statement, approved
 * assessments). The message is the first reason; {@link #reasons()} lists them all. Nothing was deleted.
 */
public class DeletionRefusedException extends DomainException {

    private final transient List<Dependent> reasons;

    public DeletionRefusedException(List<Dependent> reasons) {
        super(reasons.getFirst().messageKey(), reasons.getFirst().count());
        this.reasons = List.copyOf(reasons);
    }

    public List<Dependent> reasons() {
        return reasons;
    }
}
