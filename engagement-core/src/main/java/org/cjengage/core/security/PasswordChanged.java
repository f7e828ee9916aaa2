package org.cjengage.core.security;

/**
 * Published after a password changed. {@code byAdmin}: an admin reset it, so every session of the user ends;
 * otherwise the user changed it themselves and every session but the one they changed it in ends. The web layer
 * ends the sessions (engagement-core knows none).
 */
public record PasswordChanged(long userId, boolean byAdmin) {
}
