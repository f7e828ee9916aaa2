package org.example.host;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.cjengage.ui.dashboard.DashboardView;
import org.cjengage.ui.plan.PlanView;

/**
 * The host's own frame, the parent layout of the host's views only (no global {@code @Layout}): its title, its
 * navigation (which links into the plugin's pages by their view classes, wherever the prefix puts them) and
 * sign-out.
 */
@PermitAll
public class HostLayout extends AppLayout {

    public HostLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("host.title"));
        title.addClassName("host-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span spacer = new Span();
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("host-user");
        Button signOut = new Button(getTranslation("host.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, spacer, who, signOut);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setFlexGrow(1, spacer);
        bar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        Header banner = new Header(bar);
        banner.setWidthFull();
        addToNavbar(banner);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("host.navigation"));
        nav.addItem(new SideNavItem(getTranslation("host.nav.home"), HomeView.class, VaadinIcon.HOME.create()),
                new SideNavItem(getTranslation("host.nav.about"), AboutView.class, VaadinIcon.INFO_CIRCLE.create()),
                new SideNavItem(getTranslation("host.nav.plans"), PlanView.class, VaadinIcon.CLIPBOARD_TEXT.create()),
                new SideNavItem(getTranslation("host.nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        addToDrawer(nav);
    }
}
