package org.cjengage.core.scoring;

/** How a result moved from the planning check to the review. */
public enum Change {
    IMPROVED,
    FELL,
    UNCHANGED,
    /** One of the two stages has no result for this element. */
    NOT_COMPARABLE
}
