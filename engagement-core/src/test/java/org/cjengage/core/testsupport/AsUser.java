package org.cjengage.core.testsupport;

import java.util.function.Supplier;

import org.cjengage.core.security.EngagementPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a given user (sets and restores the security context). */
public final class AsUser {

    private AsUser() {
    }

    public static void signIn(EngagementPrincipal principal) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T call(EngagementPrincipal principal, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        signIn(principal);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(EngagementPrincipal principal, Runnable work) {
        call(principal, () -> {
            work.run();
            return null;
        });
    }
}
