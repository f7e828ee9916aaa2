package org.cjengage.ui.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that looks only at the sign-in form's POST (the one rule of what that request is, for the sign-in
 * filters of the chain); every other request passes by untouched.
 */
abstract class SignInPostFilter extends OncePerRequestFilter {

    private final String loginPath;

    SignInPostFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }
}
