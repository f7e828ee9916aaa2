package org.cjengage.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in with an identity provider (OpenID Connect) started or completed before the application is ready gets
 * the same answer as the sign-in form's post ({@link SignInReadinessFilter}): {@code 503}, {@code Retry-After} and
 * the page saying the service is starting, instead of a trip to the provider that ends in a sign-in the application
 * cannot yet complete. It looks at Spring Security's two paths of that sign-in: the redirect to the provider
 * ({@code /oauth2/authorization/{provider}}) and the provider's answer ({@code /login/oauth2/code/{provider}}), the
 * paths the plugin's configuration uses; nothing else, and nothing when no provider is configured. Placed in the
 * security filter chain before Spring Security's redirect to the provider, so nothing is started or authenticated.
 */
class ProviderSignInReadinessFilter extends OncePerRequestFilter {

    /** Spring Security's path of the redirect to a provider, followed by the provider's registration id. */
    static final String AUTHORIZATION = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;

    /** Spring Security's path of a provider's answer, followed by the provider's registration id. */
    static final String CALLBACK = OAuth2LoginAuthenticationFilter.DEFAULT_FILTER_PROCESSES_URI.replace("*", "");

    private final LoginPageServlet page;

    ProviderSignInReadinessFilter(LoginPageServlet page) {
        this.page = page;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith(AUTHORIZATION + "/") || path.startsWith(CALLBACK)) || !page.providersConfigured();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        page.passWhenReady(request, response, chain);
    }
}
