package org.cjengage.ui.outputs;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.outputs.OutputDocument;

/**
 * A published document of a partnership on its public page ({@code /p/{code}/...} below the plugin's prefix): a link back to the page
 * and the document, or the "not available" page when the partnership publishes none.
 */
abstract class PublicDocumentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PluginPaths paths;
    private String title = "";

    PublicDocumentView(PluginPaths paths) {
        this.paths = paths;
        getStyle().set("max-width", "60em").set("margin", "0 auto").set("padding", "var(--lumo-space-l)");
    }

    /** The published document of the partnership with this code, if it publishes one. */
    protected abstract Optional<OutputDocument> document(String partnershipCode);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        document(code).ifPresentOrElse(doc -> {
            title = doc.title();
            add(new Anchor(paths.route("p/" + code), getTranslation("outputs.public.back")));
            DocumentPanel panel = new DocumentPanel();
            panel.show(doc, 1);
            add(panel);
        }, () -> event.rerouteToError(new PublicPageUnavailableException(), ""));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
