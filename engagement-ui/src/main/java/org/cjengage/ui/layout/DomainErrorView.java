package org.cjengage.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.ui.common.ErrorMessages;

/**
 * Shown when opening a page fails for a reason the user should understand: the record does not exist,
 * or it belongs to a partnership the user cannot see (direct URL access). Same text for both, so ids of
 * other partnerships' records reveal nothing.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class DomainErrorView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<DomainException> {

    private final PluginPaths paths;

    public DomainErrorView(PluginPaths paths) {
        this.paths = paths;
    }


    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.pageTitle")));
        DomainException e = parameter.getException();
        boolean hidden = e instanceof NotFoundException || e instanceof org.cjengage.core.common.NotPermittedException;
        add(new Paragraph(hidden ? getTranslation("error.notFoundOrNotPermitted") : ErrorMessages.describe(e)));
        add(new Anchor(paths.route(""), getTranslation("error.backHome")));
        return hidden ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
    }

    /** Error pages are titled too (WCAG 2.4.2): without this the browser tab and screen readers got no title. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.pageTitle") + " | " + getTranslation("app.name");
    }
}
