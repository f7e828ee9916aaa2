package org.cjengage.ui.layout;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.ui.security.CurrentPartnership;

/**
 * The frame around every page of the plugin: title, partnership switcher, user menu and side navigation. A parent
 * layout of the plugin's views only, set by {@code org.cjengage.ui.PluginRoutes} (never a global {@code @Layout}), so a host
 * application's pages keep their own. A host can add its own pages to this navigation with {@link NavEntry} beans.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(List<NavEntry> entries, AuthenticationContext authentication, AccessGuard access,
                      CurrentPartnership currentPartnership, PluginPaths paths) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setWrap(true); // on a phone the name and "Sign out" go under the partnership switcher, not off screen
        header.getStyle().set("padding-inline-end", "var(--lumo-space-m)");

        access.currentUser().ifPresentOrElse(user -> {
            Span who = new Span(user.displayName());
            who.addClassName("current-user");
            Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            header.addComponentAsFirst(new DrawerToggle());
            // the title's margin pushes the rest to the end of the line (no element only for spacing); the switcher
            // is built only for a person with more than one partnership to switch between
            title.getStyle().set("margin-inline-end", "auto");
            List<Partnership> choices = currentPartnership.choices();
            if (choices.size() > 1) {
                header.add(partnershipSwitcher(currentPartnership, choices));
            }
            header.add(who, logout);
            addToDrawer(navigation(entries, user, paths));
        }, () -> {
            setDrawerOpened(false);
            header.getStyle().set("padding-inline-start", "var(--lumo-space-m)");
        });
        // Vaadin's AppLayout has no landmarks of its own: the navigation bar is the banner, SideNav the
        // navigation and each view the main content, so screen-reader users can jump between them.
        Header banner = new Header(header);
        banner.setWidthFull();
        addToNavbar(banner);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private Select<Partnership> partnershipSwitcher(CurrentPartnership current, List<Partnership> choices) {
        Select<Partnership> select = new Select<>();
        select.setAriaLabel(getTranslation("layout.partnership"));
        select.setItemLabelGenerator(Partnership::name);
        select.setItems(choices);
        current.in(choices).ifPresent(select::setValue);
        select.setMaxWidth("100%");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                current.select(e.getValue().id());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    private SideNav navigation(List<NavEntry> entries, EngagementPrincipal user, PluginPaths paths) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        // the page at the prefix itself (the plugin's home) is current there too
        Optional<Class<? extends Component>> home = RouteConfiguration.forApplicationScope().getRoute(paths.route(""));
        entries.stream().sorted(Comparator.comparingInt(NavEntry::order))
                .filter(e -> e.roles().isEmpty() || user.memberships().stream().anyMatch(m -> e.roles().contains(m.role())))
                .forEach(e -> {
                    SideNavItem item = new SideNavItem(getTranslation(e.labelKey()), e.view(), e.icon().create());
                    if (home.filter(e.view()::equals).isPresent()) {
                        item.setPathAliases(Set.of(paths.route("")));
                    }
                    nav.addItem(item);
                });
        return nav;
    }
}
