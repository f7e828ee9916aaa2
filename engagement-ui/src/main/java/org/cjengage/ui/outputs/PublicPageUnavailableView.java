package org.cjengage.ui.outputs;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public "page not available" notice, without the application frame, answered with HTTP 404 so that
 * search engines and link checkers see a missing page rather than a page that says it is missing.
 */
@AnonymousAllowed
public class PublicPageUnavailableView extends Main
        implements HasErrorParameter<PublicPageUnavailableException>, HasDynamicTitle {

    public PublicPageUnavailableView() {
        getStyle().set("max-width", "50em").set("margin", "0 auto").set("padding", "var(--lumo-space-l)");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PublicPageUnavailableException> parameter) {
        removeAll();
        add(new H1(getTranslation("outputs.public.unavailable")),
                new Paragraph(getTranslation("outputs.public.unavailableText")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outputs.public.unavailable");
    }
}
