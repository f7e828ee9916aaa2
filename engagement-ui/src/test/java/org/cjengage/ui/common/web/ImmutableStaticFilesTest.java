package org.cjengage.ui.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ImmutableStaticFilesTest {

    /** What Vaadin and Spring Security write for a bundle file when nothing intervenes. */
    private static final FilterChain VAADIN_AND_SECURITY = (request, response) -> {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Cache-Control", "max-age=3600");
        http.setHeader("Pragma", "no-cache");
        http.setDateHeader("Expires", 0);
        http.setStatus(200);
    };

    private static MockHttpServletResponse get(String path, String contentHash, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (contentHash != null) {
            request.setParameter("v-c", contentHash);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ImmutableStaticFiles().doFilter(request, response, chain);
        return response;
    }

    @Test
    void hashedBundleFileIsCachedForAYearWithoutRevalidation() throws Exception {
        // Given Vaadin answering with a one-hour max-age and Spring Security adding Pragma and Expires
        // When a browser asks for a file of the production bundle whose name carries its content hash
        MockHttpServletResponse response = get("/VAADIN/build/indexhtml-BNp73Egs.js", null, VAADIN_AND_SECURITY);

        // Then it may keep it for a year and never re-check it
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(response.getHeader("Pragma")).isNull();
        assertThat(response.getHeader("Expires")).isNull();
    }

    @Test
    void contentHashedStyleSheetAndVersionedWebJarAreImmutableToo() throws Exception {
        assertThat(get("/lumo/lumo.css", "3e8d6c3d", VAADIN_AND_SECURITY).getHeader("Cache-Control"))
                .isEqualTo(ImmutableStaticFiles.IMMUTABLE);
        assertThat(get("/webjars/echarts/5.5.0/dist/echarts.min.js", null, VAADIN_AND_SECURITY).getHeader("Cache-Control"))
                .isEqualTo(ImmutableStaticFiles.IMMUTABLE);
    }

    @Test
    void pagesAndUnhashedFilesKeepTheirOwnHeaders() throws Exception {
        // When a page or a file without a hash in its address is asked for
        MockHttpServletResponse page = get("/login", null, VAADIN_AND_SECURITY);
        MockHttpServletResponse plain = get("/VAADIN/build/sw.js", null, VAADIN_AND_SECURITY);

        // Then what the application wrote stays
        assertThat(page.getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(page.getHeader("Pragma")).isEqualTo("no-cache");
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("max-age=3600");
    }

    @Test
    void missingHashedFileIsNotCached() throws Exception {
        // When the file asked for does not exist
        MockHttpServletResponse response = get("/VAADIN/build/gone-AAAAAAAA.js", null,
                (request, res) -> ((HttpServletResponse) res).sendError(404));

        // Then the error answer is not kept by the browser
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
