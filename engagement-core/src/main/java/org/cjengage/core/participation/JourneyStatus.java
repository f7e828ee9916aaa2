package org.cjengage.core.participation;

/** How a service stands against its target (see {@link Journey} for the rule). */
public enum JourneyStatus {
    /** Nothing recorded yet, so there is no baseline to measure from. */
    NO_BASELINE,
    /** The current stage is within one stage of the expected progress. */
    ON_TRACK,
    /** Behind the expected progress by one stage or more, or the target date passed without reaching it. */
    AT_RISK,
    /** The current stage is at or above the target stage. */
    TARGET_REACHED
}
