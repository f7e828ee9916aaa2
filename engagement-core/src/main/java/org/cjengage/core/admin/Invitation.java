package org.cjengage.core.admin;

/**
 * The result of an invitation. {@code oneTimePassword} is the generated password, shown to the admin once
 * (it is stored only as a hash); null when the admin set the password themselves.
 */
public record Invitation(long userId, String username, String oneTimePassword) {
}
