package org.cjengage.core.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into security log entries (with the name as typed) and feeds the lockout
 * counter (under the account's username, or the normalised name when no account matched).
 */
@Component
public class LoginEventsRecorder {

    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final UserRepository users;

    public LoginEventsRecorder(SecurityEvents events, LoginThrottle throttle, UserRepository users) {
        this.events = events;
        this.throttle = throttle;
        this.users = users;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof EngagementPrincipal p) {
            throttle.recordSuccess(p.username());
            events.record(SecurityEventType.LOGIN_SUCCESS, p.userId(), p.username(), null, null, null);
        }
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        AppUser account = typed == null || typed.length() > SecurityEvents.USERNAME_MAX ? null
                : users.findByTypedUsername(typed).orElse(null);
        Long userId = account == null ? null : account.id();
        // Counted under the account the name reached, else under the normalised name: never under the spelling.
        String counted = account != null ? account.username() : Usernames.normalise(typed);
        Exception cause = event.getException();
        String reason = cause instanceof LockedException ? "locked" : cause instanceof DisabledException
                ? "deactivated" : userId == null ? "unknown username" : "bad credentials";
        events.record(SecurityEventType.LOGIN_FAILURE, userId, typed, null, null, reason);
        if (!(cause instanceof LockedException) && throttle.recordFailure(counted)) {
            events.record(SecurityEventType.LOCKED, userId, typed, null, null, "too many failed sign-ins");
        }
    }
}
