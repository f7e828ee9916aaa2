package org.cjengage.ui.feedback;

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
 * What an unknown or closed feedback link shows: a plain page without the application's menus, answered with
 * HTTP 404 so the link is plainly not there (and nothing tells a closed link from a mistyped one).
 */
@AnonymousAllowed
public class FeedbackUnavailableView extends Main implements HasErrorParameter<FeedbackUnavailableView.Unavailable>,
        HasDynamicTitle {

    /** Raised by the public form when its link is unknown or closed. */
    public static class Unavailable extends RuntimeException {
        public Unavailable() {
            super("feedback form not available");
        }
    }

    public FeedbackUnavailableView() {
        getStyle().set("max-width", "40em").set("margin", "0 auto").set("padding", "var(--lumo-space-m)");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Unavailable> parameter) {
        removeAll();
        add(new H1(getTranslation("feedback.public.unavailable")),
                new Paragraph(getTranslation("feedback.public.unavailableText")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.public.unavailable");
    }
}
