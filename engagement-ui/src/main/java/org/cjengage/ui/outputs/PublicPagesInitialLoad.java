package org.cjengage.ui.outputs;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Public pages ({@code /p/...}) are rendered in the first HTTP response instead of a second request, so that the
 * response carries the page's own status: 404 for "page not available" ({@link PublicPageUnavailableView}), which
 * search engines and link checkers then see as missing. Other pages keep Vaadin's default start-up.
 */
@Component
public class PublicPagesInitialLoad implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        BootstrapInitialPredicate others = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(request -> isPublicPage(request)
                || others != null && others.includeInitialUidl(request));
    }

    static boolean isPublicPage(VaadinRequest request) {
        String path = request.getPathInfo();
        return path != null && path.startsWith("/p/");
    }
}
