package org.example.host;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's own page for an error on any of its pages, in the host's layout (Vaadin finds it when the application
 * starts). The plugin's pages below /engage keep the plugin's error pages.
 */
@ParentLayout(HostLayout.class)
@AnonymousAllowed
public class HostErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(HostErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("A page of the hub failed: {}", event.getLocation().getPath(), parameter.getException());
        getElement().setAttribute("role", "main");
        setId("host-error");
        removeAll();
        add(new H2(getTranslation("host.error.heading")), new Paragraph(getTranslation("host.error.text")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.error.heading") + " | " + getTranslation("host.title");
    }
}
