package org.cjengage.ui.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings the session's sign-in up to date at every request, so that what Spring Security and Vaadin's view access
 * checks see ({@code @RolesAllowed}, the authorities behind the navigation) follows role changes at once:
 * <ul>
 * <li>an account that was deactivated or no longer exists: the session ends and the request is anonymous (the
 * sign-in page follows);</li>
 * <li>memberships changed since sign-in: the session's authentication is replaced by one with the memberships as
 * they are now.</li>
 * </ul>
 * Services do not depend on this filter: {@link AccessGuard} reads the memberships itself (this filter's read is
 * the one it caches for the request).
 */
class CurrentAccessFilter extends OncePerRequestFilter {

    private final AccessGuard access;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentAccessFilter(AccessGuard access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof EngagementPrincipal signedIn) {
            Optional<EngagementPrincipal> now = access.currentUser();
            if (now.isEmpty() || !now.get().active()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (!now.get().memberships().equals(signedIn.memberships())) {
                EngagementPrincipal current = now.get();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null,
                        current.getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
