package org.cjengage.ui.common;

import java.util.Set;
import java.util.function.LongFunction;

import org.cjengage.core.security.Role;

/**
 * A link a feature adds to every activity's page (for example "Score against the standards"), declared
 * as a bean so features never edit the activity page itself. {@code location} turns an activity id into
 * a plugin route such as {@code "activities/42/assessments"} (the activity page puts the plugin's route prefix
 * before it). An empty role set means every member.
 */
public record ActivityLink(int order, String labelKey, LongFunction<String> location, Set<Role> roles) {
}
