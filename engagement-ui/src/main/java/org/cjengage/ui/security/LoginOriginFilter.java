package org.cjengage.ui.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Login CSRF protection. Vaadin's login form posts without a CSRF token, so Vaadin's security configuration
 * exempts the sign-in POST from Spring Security's token check; without more, any web site could sign a
 * visitor's browser in to an account of the attacker's. A sign-in POST is therefore accepted only when the
 * browser proves it comes from this application's own pages: {@code Sec-Fetch-Site} is not cross-site, and the
 * {@code Origin} header (or, failing that, the {@code Referer}) is this application's origin (the configured
 * public address, else the address the request was made to). Anything else gets 403 and is never
 * authenticated. Browsers send {@code Origin} on every POST, so genuine sign-ins are unaffected.
 */
class LoginOriginFilter extends SignInPostFilter {

    private final PublicAddressFilter publicAddress;

    LoginOriginFilter(String loginPath, PublicAddressFilter publicAddress) {
        super(loginPath);
        this.publicAddress = publicAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (sameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            // Not sendError: the error page dispatch would go through sign-in handling again.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: the form was not sent from this site.");
        }
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return false;
        }
        String expected = publicAddress.origin(request);
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null")) {
            return origin.toLowerCase(Locale.ROOT).equals(expected);
        }
        String referer = request.getHeader("Referer");
        return referer != null && origin(referer).equals(expected);
    }

    private static String origin(String url) {
        try {
            return PublicAddressFilter.origin(URI.create(url));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
