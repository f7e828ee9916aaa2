package org.cjengage.ui.feedback;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.cjengage.core.common.PluginPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people outside use to reach the application, for links that leave it (QR codes, posters,
 * e-mails): {@code cjengage.public-url} when set (recommended behind a proxy), else the address of the
 * current request. Paths are plugin routes, completed with the plugin's route prefix ({@link PluginPaths}).
 */
@Component
public class PublicAddress {

    private final String configured;
    private final PluginPaths paths;

    public PublicAddress(@Value("${cjengage.public-url:}") String configured, PluginPaths paths) {
        this.paths = paths;
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
    }

    /** An absolute URL for a plugin route such as {@code f/abc} ({@code https://host/engage/f/abc} in a host). */
    public String of(String route) {
        return base() + paths.path(route);
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
