package org.cjengage.core.admin;

/** Published after a user was deactivated, so the web layer can end their open sessions. */
public record UserDeactivated(long userId, String username) {
}
