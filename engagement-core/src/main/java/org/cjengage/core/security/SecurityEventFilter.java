package org.cjengage.core.security;

import java.time.LocalDate;

/** Filter of the security event log; every part is optional. {@code user} matches the username (contains). */
public record SecurityEventFilter(SecurityEventType type, String user, LocalDate from, LocalDate to, Long userId) {

    public static SecurityEventFilter all() {
        return new SecurityEventFilter(null, null, null, null, null);
    }

    public static SecurityEventFilter aboutUser(long userId) {
        return new SecurityEventFilter(null, null, null, null, userId);
    }
}
