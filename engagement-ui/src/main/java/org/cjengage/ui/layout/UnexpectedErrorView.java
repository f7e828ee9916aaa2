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
import org.cjengage.ui.common.ErrorMessages;

/**
 * Shown when opening a page fails unexpectedly: a plain apology with a reference the administrator
 * can find in the server log; never the exception or its stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Exception> {

    private final PluginPaths paths;

    public UnexpectedErrorView(PluginPaths paths) {
        this.paths = paths;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        add(new H2(getTranslation("error.pageTitle")));
        add(new Paragraph(ErrorMessages.describe(parameter.getCaughtException())));
        add(new Anchor(paths.route(""), getTranslation("error.backHome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Error pages are titled too (WCAG 2.4.2): without this the browser tab and screen readers got no title. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.pageTitle") + " | " + getTranslation("app.name");
    }
}
