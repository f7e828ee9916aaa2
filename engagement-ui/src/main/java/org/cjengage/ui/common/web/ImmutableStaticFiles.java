package org.cjengage.ui.common.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets browsers keep files whose address changes whenever their content does, without asking again: Vaadin's
 * production bundle ({@code /VAADIN/build/name-HASH.js}), files Vaadin addresses with a content hash
 * ({@code ?v-c=...}, e.g. the Lumo style sheet) and versioned WebJars ({@code /webjars/echarts/5.5.0/...}).
 * Vaadin itself sends {@code max-age=3600} for the bundle and Spring Security adds {@code Pragma: no-cache} and
 * {@code Expires: 0}, so the browser re-checked every file on each page it loaded. These answers get
 * {@code Cache-Control: public, max-age=31536000, immutable} and no Pragma or Expires; an error answer is never
 * cached. Every other address (pages, UIDL, downloads) is left as it is.
 */
public class ImmutableStaticFiles extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern HASHED_BUILD_FILE =
            Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8,}\\.(js|css|woff2?|ttf|svg|png)");
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+");

    /** Whether the path (without the context path) and query name a file that never changes at that address. */
    static boolean immutable(String path, String contentHash) {
        return HASHED_BUILD_FILE.matcher(path).matches() || VERSIONED_WEBJAR.matcher(path).matches()
                || (contentHash != null && !contentHash.isBlank() && !path.isEmpty() && !"/".equals(path));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !immutable(path, request.getParameter("v-c"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new CachingHeaders(response));
    }

    /** Keeps the immutable Cache-Control against later writers, unless the answer is an error. */
    private static final class CachingHeaders extends HttpServletResponseWrapper {

        private boolean error;

        CachingHeaders(HttpServletResponse response) {
            super(response);
        }

        private boolean ours(String name) {
            return !error && ("Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name));
        }

        private void markError(int status) {
            if (status >= 400 && !error) {
                error = true;
                super.setHeader("Cache-Control", "no-store");
            }
        }

        /** Every header writer goes through here: the caching headers stay ours until an error. */
        private void unlessOurs(String name, Runnable write) {
            if (!ours(name)) {
                write.run();
            }
        }

        @Override
        public void setHeader(String name, String value) {
            unlessOurs(name, () -> super.setHeader(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            unlessOurs(name, () -> super.addHeader(name, value));
        }

        @Override
        public void setDateHeader(String name, long date) {
            unlessOurs(name, () -> super.setDateHeader(name, date));
        }

        @Override
        public void addDateHeader(String name, long date) {
            unlessOurs(name, () -> super.addDateHeader(name, date));
        }

        @Override
        public void setIntHeader(String name, int value) {
            unlessOurs(name, () -> super.setIntHeader(name, value));
        }

        @Override
        public void setStatus(int status) {
            markError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            markError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            markError(status);
            super.sendError(status, message);
        }
    }
}
