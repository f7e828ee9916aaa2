package org.cjengage.ui.outputs;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.outputs.PartnershipPageService;

/** The latest published annual report of a partnership, public at {@code /p/{code}/annual-report}. */
@Route(value = "p/:code/annual-report", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
public class PublicAnnualReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnershipPageService pages;
    private final PluginPaths paths;
    private String title = "";

    public PublicAnnualReportView(PartnershipPageService pages, PluginPaths paths) {
        this.paths = paths;
        this.pages = pages;
        getStyle().set("max-width", "60em").set("margin", "0 auto").set("padding", "var(--lumo-space-l)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        pages.publicAnnualReport(code).ifPresentOrElse(doc -> {
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
