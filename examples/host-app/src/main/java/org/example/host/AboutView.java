package org.example.host;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A second page of the host's, in the host's layout. */
@Route(value = "about", layout = HostLayout.class)
@PermitAll
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    public AboutView() {
        getElement().setAttribute("role", "main");
        add(new H2(getTranslation("host.about.heading")), new Paragraph(getTranslation("host.about.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("host.about.heading") + " | " + getTranslation("host.title");
    }
}
