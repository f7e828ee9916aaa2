package org.cjengage.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} (issue 14, item 10): login counters, JVM and disk figures, so only for a national
 * ADMIN (as the database has them now). A browser session of such an admin works; the scraper signs in with HTTP
 * Basic, accepted under {@code /actuator/} only, through the same accounts, lockout and security log. There an
 * unauthenticated request gets 401 with a Basic challenge (Vaadin's entry point would send it to the sign-in
 * page). {@code /actuator/health} stays open for probes. Chosen over a separate management port so that a
 * deployment without network rules is closed too.
 */
final class MetricsAccess {

    static final String REALM = "cj-engage-metrics";

    private MetricsAccess() {
    }

    static void configure(HttpSecurity http, AuthenticationProvider provider, ApplicationEventPublisher publisher,
                          AccessGuard access) throws Exception {
        RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        RequestMatcher health = PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**");
        // Status written directly: sendError would dispatch to the error page, which sends people to sign in.
        AuthenticationEntryPoint challenge = (request, response, refused) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/prometheus").access(nationalAdmin(access)));
        ProviderManager basicSignIn = new ProviderManager(provider);
        basicSignIn.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
        http.with(new Filters(basicSignIn, actuator, health, challenge, access), filters -> { });
    }

    /**
     * The Basic sign-in and the national-admin gate, added when the chain is configured so that they keep the
     * security context where the chain's own filters look for it: the same {@link SecurityContextHolderStrategy}
     * as the authorization filter (Vaadin's, which it installs while the chain is built). Reading the global
     * holder instead breaks as soon as a second application context in the same JVM installs its own.
     */
    private static final class Filters extends AbstractHttpConfigurer<Filters, HttpSecurity> {

        private final ProviderManager basicSignIn;
        private final RequestMatcher actuator;
        private final RequestMatcher health;
        private final AuthenticationEntryPoint challenge;
        private final AccessGuard access;

        Filters(ProviderManager basicSignIn, RequestMatcher actuator, RequestMatcher health,
                AuthenticationEntryPoint challenge, AccessGuard access) {
            this.basicSignIn = basicSignIn;
            this.actuator = actuator;
            this.health = health;
            this.challenge = challenge;
            this.access = access;
        }

        @Override
        public void configure(HttpSecurity http) {
            SecurityContextHolderStrategy contexts = getSecurityContextHolderStrategy();
            BasicAuthenticationFilter basic = new BasicAuthenticationFilter(basicSignIn, challenge) {
                @Override
                protected boolean shouldNotFilter(HttpServletRequest request) {
                    return !actuator.matches(request);
                }
            };
            basic.setSecurityContextHolderStrategy(contexts);
            http.addFilterBefore(basic, AnonymousAuthenticationFilter.class);
            http.addFilterBefore(new OncePerRequestFilter() {
                @Override
                protected boolean shouldNotFilter(HttpServletRequest request) {
                    return !actuator.matches(request) || health.matches(request);
                }

                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                FilterChain chain) throws ServletException, IOException {
                    Authentication auth = contexts.getContext().getAuthentication();
                    if (auth == null) {
                        challenge.commence(request, response,
                                new InsufficientAuthenticationException("metrics need a national admin"));
                    } else if (!isNationalAdmin(auth, access)) {
                        // Refused here too, with the status written directly (see the challenge above).
                        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    } else {
                        chain.doFilter(request, response);
                    }
                }
            }, AnonymousAuthenticationFilter.class);
        }
    }

    /** A national ADMIN as the database has them now (the session's copy is not trusted for this either). */
    static AuthorizationManager<RequestAuthorizationContext> nationalAdmin(AccessGuard access) {
        return (authentication, context) -> new AuthorizationDecision(isNationalAdmin(authentication.get(), access));
    }

    private static boolean isNationalAdmin(Authentication auth, AccessGuard access) {
        return auth != null && auth.getPrincipal() instanceof EngagementPrincipal
                && access.currentUser().filter(EngagementPrincipal::active)
                .map(u -> u.memberships().stream().anyMatch(m -> m.isNational() && m.role() == Role.ADMIN))
                .orElse(false);
    }
}
