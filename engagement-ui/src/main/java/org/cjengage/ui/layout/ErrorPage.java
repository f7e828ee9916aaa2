package org.cjengage.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;

import org.cjengage.core.common.PluginPaths;

/** What the error pages share: a heading, one message (as text), a link back to the start page, and a title. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final PluginPaths paths;

    ErrorPage(PluginPaths paths) {
        this.paths = paths;
    }

    /**
     * An error of a page outside the plugin's prefix, for which the host application declared an error view of its
     * own, goes to that view ({@link HostErrorViews}); true if it did (nothing to show here then).
     */
    protected boolean passedToHost(BeforeEnterEvent event, ErrorParameter<?> parameter) {
        return HostErrorViews.passToHost(event, parameter, paths);
    }

    /** Shows the message in place of what the page showed before; returns the HTTP status, for chaining. */
    protected int show(String message, int status) {
        removeAll();
        add(new H2(getTranslation("error.pageTitle")));
        add(new Paragraph(message));
        add(new Anchor(paths.route(""), getTranslation("error.backHome")));
        return status;
    }

    /** Error pages are titled too (WCAG 2.4.2): without this the browser tab and screen readers got no title. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.pageTitle") + " | " + getTranslation("app.name");
    }
}
