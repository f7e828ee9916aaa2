package org.cjengage.ui.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.ExternalAccountMapping;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * OpenID Connect sign-in (e.g. a council's identity provider): the provider proves who the person is, then
 * {@link ExternalAccountMapping} finds their active CJ Engage account (by issuer and subject, linked once by a
 * verified unique e-mail). Without an account the sign-in is refused and logged. On success the session holds
 * the same {@link EngagementPrincipal} as a password sign-in, so memberships and AccessGuard work unchanged.
 */
class OidcLogin {

    private final ExternalAccountMapping accounts;
    private final ApplicationEventPublisher publisher;
    private final SessionRegistry sessions;
    private final String loginPath;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OidcLogin(ExternalAccountMapping accounts, ApplicationEventPublisher publisher, SessionRegistry sessions,
              String loginPath) {
        this.loginPath = loginPath;
        this.accounts = accounts;
        this.publisher = publisher;
        this.sessions = sessions;
    }

    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser oidc = delegate.loadUser(request);
            map(oidc);
            return oidc;
        };
    }

    /**
     * The account of an OIDC user, by issuer and subject (linked once by verified e-mail), or an
     * OAuth2AuthenticationException (logged) when there is none. preferred_username is never used.
     */
    EngagementPrincipal map(OidcUser oidc) {
        boolean verified = Boolean.TRUE.equals(oidc.getEmailVerified());
        String issuer = oidc.getIssuer() == null ? null : oidc.getIssuer().toString();
        return accounts.find(issuer, oidc.getSubject(), oidc.getEmail(), verified).orElseThrow(() -> {
            accounts.recordUnmatched(issuer, oidc.getSubject(), oidc.getEmail());
            return new OAuth2AuthenticationException(new OAuth2Error("account_not_found"));
        });
    }

    AuthenticationSuccessHandler successHandler() {
        return (HttpServletRequest request, HttpServletResponse response, Authentication auth) -> {
            if (!(auth.getPrincipal() instanceof OidcUser oidc)) {
                response.sendRedirect(request.getContextPath() + loginPath + "?error");
                return;
            }
            EngagementPrincipal principal = map(oidc);
            Authentication replaced = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(replaced);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            sessions.registerNewSession(request.getSession().getId(), principal);
            publisher.publishEvent(new AuthenticationSuccessEvent(replaced));
            redirect(request, response);
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
