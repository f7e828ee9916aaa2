package org.cjengage.ui.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The address users reach the application at, {@code cjengage.public-url} (e.g. {@code https://engage.example.scot}).
 * When it is set, every request is handled as if made to that address: scheme, host and port come from the
 * configuration, never from the {@code Host} or {@code X-Forwarded-*} headers, so absolute redirects and
 * links cannot be pointed at another site by a forged header, and redirects to a path are completed with it.
 * When it is not set, redirects stay relative ({@code server.tomcat.use-relative-redirects=true}) and the
 * request's own address is used elsewhere (fine for a laptop; production sets it, see docs/security.md).
 */
public final class PublicAddressFilter {

    private final URI url;

    public PublicAddressFilter(String configured) {
        this.url = configured == null || configured.isBlank() ? null : URI.create(configured.strip());
        if (url != null && (url.getScheme() == null || url.getHost() == null)) {
            throw new IllegalArgumentException("cjengage.public-url must be an absolute http(s) URL: " + configured);
        }
    }

    public boolean configured() {
        return url != null;
    }

    /** scheme://host[:port] in lower case, of the configured address or else of the request. */
    String origin(HttpServletRequest request) {
        if (url != null) {
            return origin(url);
        }
        return origin(URI.create(request.getScheme() + "://" + hostAndPort(request.getServerName(),
                request.getServerPort())));
    }

    private static String hostAndPort(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        boolean defaultPort = "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** Makes every request report the configured address (registered first, before Spring Security). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (url == null) {
                    chain.doFilter(request, response);
                } else {
                    chain.doFilter(new AtPublicAddress(request, url), new RedirectsToPublicAddress(response, url));
                }
            }
        };
    }

    /**
     * Redirects to a path become absolute on the public address (the servlet container would otherwise complete
     * them from the Host header it received).
     */
    private static final class RedirectsToPublicAddress extends HttpServletResponseWrapper {
        private final URI url;

        RedirectsToPublicAddress(HttpServletResponse response, URI url) {
            super(response);
            this.url = url;
        }

        private String absolute(String location) {
            if (location != null && location.startsWith("/") && !location.startsWith("//")) {
                return origin(url) + location;
            }
            return location;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location));
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(absolute(location), sc, clearBuffer);
        }
    }

    private static final class AtPublicAddress extends HttpServletRequestWrapper {
        private final URI url;

        AtPublicAddress(HttpServletRequest request, URI url) {
            super(request);
            this.url = url;
        }

        @Override
        public String getScheme() {
            return url.getScheme().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isSecure() {
            return "https".equals(getScheme());
        }

        @Override
        public String getServerName() {
            return url.getHost();
        }

        @Override
        public int getServerPort() {
            return url.getPort() != -1 ? url.getPort() : isSecure() ? 443 : 80;
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? url.getAuthority() : super.getHeader(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer result = new StringBuffer(getScheme()).append("://").append(url.getHost());
            boolean defaultPort = isSecure() ? getServerPort() == 443 : getServerPort() == 80;
            if (!defaultPort) {
                result.append(':').append(getServerPort());
            }
            return result.append(getRequestURI());
        }
    }
}
