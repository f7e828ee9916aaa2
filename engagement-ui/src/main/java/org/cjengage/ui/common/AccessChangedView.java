package org.cjengage.ui.common;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.PluginPaths;

/**
 * Where an open page goes when a service refuses the user (issue 14, item 1): an administrator changed their
 * role or membership, or deactivated them, since the page was opened. The page says so plainly and offers a
 * fresh start: the link reloads the application, so menus and buttons (Delete plan, Import ...) are built again
 * for the access the user has now. Deliberately outside the main layout, whose menu was built for the old access.
 */
@Route(value = "access-changed", autoLayout = false, registerAtStartup = false)
@AnonymousAllowed
public class AccessChangedView extends VerticalLayout implements HasDynamicTitle {

    public AccessChangedView(PluginPaths paths) {
        Anchor restart = new Anchor(paths.route(""), getTranslation("security.accessChanged.continue"));
        restart.setRouterIgnore(true);
        restart.setId("access-changed-continue");
        // Outside the main layout, so the page is its own main landmark (screen readers jump to it).
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("security.accessChanged.heading")),
                new Paragraph(getTranslation("security.accessChanged.text")), restart);
    }

    /**
     * Leaves the current page for this one (called when a service refused an action of an open page). Open
     * dialogs belong to the UI, not the page, and a modal one would keep this page inert: they are closed first.
     */
    public static void leave() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        List<Component> open = ui.getChildren().filter(c -> c instanceof Dialog || c instanceof ConfirmDialog).toList();
        open.forEach(c -> {
            if (c instanceof Dialog dialog) {
                dialog.close();
            } else if (c instanceof ConfirmDialog confirm) {
                confirm.close();
            }
        });
        ui.navigate(AccessChangedView.class);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.accessChanged.heading") + " | " + getTranslation("app.name");
    }
}
