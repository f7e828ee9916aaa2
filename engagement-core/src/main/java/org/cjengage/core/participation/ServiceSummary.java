package org.cjengage.core.participation;

/** One row of the partnership view: a service and where it stands today. */
public record ServiceSummary(TrackedService service, Journey journey) {
}
