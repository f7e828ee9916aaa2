package org.cjengage.ui.common;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives public pages that do not exist (an unknown or closed feedback link, an unpublished partnership page) the
 * HTTP status 404 on the browser's first request. Vaadin answers that request with its bootstrap page and
 * navigates afterwards, so a view's own "not found" can only reach the status line from here. Features declare
 * a {@link PublicPage} bean per public path; the view still shows its friendly notice.
 */
public class PublicPageStatus extends OncePerRequestFilter {

    /** A public path family, e.g. {@code /f/{token}}: whether a path is one of its pages, and whether that page exists. */
    public interface PublicPage {

        /** Whether the path (below the context path, starting with "/") is one of this feature's public pages. */
        boolean matches(String path);

        /** Whether the page at the path is there to be shown. */
        boolean exists(String path);
    }

    private final List<PublicPage> pages;

    public PublicPageStatus(List<PublicPage> pages) {
        this.pages = List.copyOf(pages);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean missing = pages.stream().anyMatch(p -> p.matches(path) && !p.exists(path));
        chain.doFilter(request, missing ? new NotFound(response) : response);
    }

    /** Keeps the status at 404 whatever the bootstrap handler sets afterwards. */
    private static final class NotFound extends HttpServletResponseWrapper {

        NotFound(HttpServletResponse response) {
            super(response);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc >= 400 ? sc : HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
