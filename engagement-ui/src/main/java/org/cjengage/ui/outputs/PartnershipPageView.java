package org.cjengage.ui.outputs;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.outputs.PartnershipPage;
import org.cjengage.core.outputs.PartnershipPageService;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Notifications;
import org.cjengage.ui.security.CurrentPartnership;

/** Edits the basic partnership information page and its "published" switch; links to the public page. */
@Route(value = "partnership-page", registerAtStartup = false)
@PermitAll
public class PartnershipPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnershipPageService pages;
    private final AccessGuard access;
    private final CurrentPartnership currentPartnership;
    private final PluginPaths paths;
    final PartnershipPageForm form = new PartnershipPageForm();
    final Anchor publicLink = new Anchor();
    private final Paragraph status = new Paragraph();
    private Partnership partnership;
    private PartnershipPage page;

    public PartnershipPageView(PartnershipPageService pages, AccessGuard access, CurrentPartnership currentPartnership,
                               PluginPaths paths) {
        this.paths = paths;
        this.pages = pages;
        this.access = access;
        this.currentPartnership = currentPartnership;
        publicLink.setTarget(AnchorTarget.BLANK);
        form.addSaveListener(e -> {
            try {
                page = pages.save(partnership.id(), page.version(), e.content());
                Notifications.success(getTranslation("outputs.page.saved"));
                refresh();
            } catch (ValidationException ex) {
                form.showViolations(ex);
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        add(new H2(getTranslation("outputs.page.heading")), new Paragraph(getTranslation("outputs.page.intro")),
                status, publicLink, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        partnership = currentPartnership.get().orElse(null);
        if (partnership == null) {
            status.setText(getTranslation("outputs.noPartnership"));
            form.setVisible(false);
            publicLink.setVisible(false);
            return;
        }
        page = pages.page(partnership.id());
        refresh();
    }

    private void refresh() {
        form.edit(page, access.hasRole(partnership.id(), AccessGuard.PLAN_EDITORS));
        status.setText(getTranslation(page.published() ? "outputs.page.isPublished" : "outputs.page.isNotPublished"));
        publicLink.setHref(paths.route("p/" + partnership.code()));
        publicLink.setText(getTranslation("outputs.page.publicLink"));
        publicLink.setVisible(page.published());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outputs.page.heading") + " | " + getTranslation("app.name");
    }
}
