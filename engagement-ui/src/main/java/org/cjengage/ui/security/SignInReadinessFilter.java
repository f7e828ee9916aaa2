package org.cjengage.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A sign-in posted before the application is ready (on a first start the demo accounts are created after the web
 * server starts) is answered {@code 503} with {@code Retry-After} and the page saying the service is starting,
 * instead of reaching Spring Security's form login, which would refuse it as a wrong username or password. Placed
 * in the security filter chain before the form login and after the login-CSRF check, so a foreign post is still
 * refused first; nothing is authenticated and no attempt counts towards the lockout.
 */
class SignInReadinessFilter extends SignInPostFilter {

    private final LoginPageServlet page;

    SignInReadinessFilter(String loginPath, LoginPageServlet page) {
        super(loginPath);
        this.page = page;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        page.passWhenReady(request, response, chain);
    }
}
