package org.cjengage.ui.outputs;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.outputs.PartnershipPage;
import org.cjengage.core.outputs.PartnershipPageService;

/**
 * The public "basic partnership information" page at {@code /p/{code}}: reachable without signing in, and
 * showing nothing but a "not available" notice unless the partnership has published it.
 */
@Route(value = "p/:code", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
public class PublicPartnershipView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnershipPageService pages;
    private final PluginPaths paths;
    private String title = "";

    public PublicPartnershipView(PartnershipPageService pages, PluginPaths paths) {
        this.paths = paths;
        this.pages = pages;
        getStyle().set("max-width", "50em").set("margin", "0 auto").set("padding", "var(--lumo-space-l)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<PartnershipPageService.PublicPage> found = pages.publicPage(code);
        if (found.isEmpty()) {
            event.rerouteToError(new PublicPageUnavailableException(), "");
            return;
        }
        PartnershipPageService.PublicPage p = found.get();
        PartnershipPage page = p.page();
        title = p.name();
        add(new H1(p.name()));
        add(new H2(getTranslation("outputs.public.contact")));
        UnorderedList contact = new UnorderedList();
        if (page.coordinatorName() != null) {
            contact.add(new ListItem(getTranslation("outputs.public.coordinator", page.coordinatorName())));
        }
        if (page.coordinatorEmail() != null) {
            contact.add(new ListItem(new Anchor("mailto:" + page.coordinatorEmail(), page.coordinatorEmail())));
        }
        if (page.coordinatorPhone() != null) {
            contact.add(new ListItem(new Anchor("tel:" + page.coordinatorPhone().replaceAll("[^0-9+]", ""),
                    page.coordinatorPhone())));
        }
        add(contact);
        if (page.engagementRoutes() != null) {
            add(new H2(getTranslation("outputs.public.routes")));
            Paragraph routes = new Paragraph(page.engagementRoutes());
            routes.getStyle().set("white-space", "pre-line");
            add(routes);
        }
        add(new H2(getTranslation("outputs.public.documents")));
        UnorderedList documents = new UnorderedList();
        if (page.planUrl() != null) {
            documents.add(new ListItem(new Anchor(page.planUrl(), getTranslation("outputs.public.plan"))));
        }
        if (page.annualReportUrl() != null) {
            documents.add(new ListItem(new Anchor(page.annualReportUrl(), getTranslation("outputs.public.annualReport"))));
        }
        if (p.annualReportYear() != null) {
            int y = p.annualReportYear();
            documents.add(new ListItem(new Anchor(paths.route("p/" + p.code() + "/annual-report"),
                    getTranslation("outputs.public.annualReportYear", y + "–" + String.valueOf(y + 1).substring(2)))));
        }
        if (p.statementPublishedOn() != null) {
            documents.add(new ListItem(new Anchor(paths.route("p/" + p.code() + "/statement"),
                    getTranslation("outputs.public.statement",
                            OutputDates.format(p.statementPublishedOn())))));
        }
        if (documents.getChildren().findAny().isEmpty()) {
            documents.add(new ListItem(getTranslation("outputs.public.noDocuments")));
        }
        add(documents);
        if (p.figures() != null) {
            add(figures(p.figures()));
        }
    }

    /** Today's figures of the plan the published statement is about, disclosed for the public. */
    private com.vaadin.flow.component.Component figures(PartnershipPageService.PublicFigures f) {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section();
        section.setId("public-figures");
        H2 heading = new H2(getTranslation("outputs.public.figures"));
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("outputs.public.figures.activities", figure(f.activities(), f.threshold()))),
                new ListItem(getTranslation("outputs.public.figures.people", figure(f.people(), f.threshold()))));
        section.add(heading, list);
        if (!f.people().isExact()) {
            section.add(new Paragraph(getTranslation("outputs.public.figures.note", f.threshold() - 1, f.threshold())));
        }
        return section;
    }

    private String figure(org.cjengage.core.disclosure.Figure figure, int threshold) {
        return switch (figure.kind()) {
            case EXACT -> String.valueOf(figure.value());
            case SMALL -> getTranslation("outputs.figure.small", threshold);
            case HIDDEN -> getTranslation("outputs.figure.hidden");
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
