package org.cjengage.core.plan;

import java.util.Collection;
import java.util.List;

/**
 * Seam for the "you said, we did" part of the participation statement. The activity Review section
 * (action planning: "lessons learned", "you said", "we did") plugs in here by declaring a bean that
 * implements this interface; every bean found is asked and the answers are combined. With none, the
 * statement says that no feedback has been recorded yet. Declared in plan (the outputs feature reads it, the
 * plan's Review section answers it), so neither feature depends on the other both ways.
 */
public interface ActivityOutcomeSource {

    /** The outcomes recorded for any of the given activities (all of one partnership); none is fine. */
    List<ActivityOutcome> outcomesOf(long partnershipId, Collection<Long> activityIds);
}
