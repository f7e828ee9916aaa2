package org.cjengage.ui.feedback;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people outside use to reach the application, for links that leave it (QR codes, posters,
 * e-mails): {@code cjengage.public-url} when set (recommended behind a proxy), else the address of the
 * current request.
 */
@Component
public class PublicAddress {

    private final String configured;

    public PublicAddress(@Value("${cjengage.public-url:}") String configured) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
    }

    /** An absolute URL for an application path such as {@code f/abc}. */
    public String of(String path) {
        return base() + "/" + path.replaceAll("^/+", "");
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest r) {
            var http = r.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath();
        }
        return "";
    }
}
