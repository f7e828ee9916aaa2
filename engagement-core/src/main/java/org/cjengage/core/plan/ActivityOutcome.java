package org.cjengage.core.plan;

/**
 * What participants of one activity said, and what changed as a result ("you said, we did").
 * Either text may be blank, not both.
 */
public record ActivityOutcome(long activityId, String youSaid, String weDid) {
}
