package org.cjengage.ui.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.cjengage.core.admin.Invitation;
import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.admin.PersonalDataService;
import org.cjengage.core.admin.UserAdminService;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.PartnershipScope;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.GridLinks;
import org.cjengage.ui.common.NarrowColumns;
import org.cjengage.ui.common.Notifications;

/**
 * User administration: the users of the partnerships the admin administers; invite, change roles, reset a
 * password, deactivate or reactivate, export personal data. The selected user is in the URL ({@code ?user=}), and
 * so is the choice between current and former members ({@code ?show=former}): people removed from the admin's
 * partnerships stay listed there, so they can still be deactivated.
 * Every action is checked again by {@link UserAdminService}.
 */
@Route(value = "admin/users", registerAtStartup = false)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAdminService admin;
    private final PersonalDataService personalData;
    private final PartnershipService partnerships;
    private final AccessGuard access;

    /** Below this width (rem) only the name is shown, with the other columns as lines under it. */
    static final double NARROW_REM = 40;

    final Grid<ManagedUser> grid = new Grid<>();
    final Button invite = new Button();
    final VerticalLayout details = new VerticalLayout();
    final Button changeRole = new Button();
    final Button deactivate = new Button();
    final Button reactivate = new Button();
    final Button resetPassword = new Button();
    final Button exportData = new Button();
    final RadioButtonGroup<Boolean> showFormer = new RadioButtonGroup<>();
    private PartnershipNames names;
    private ManagedUser selected;

    public UsersView(UserAdminService admin, PersonalDataService personalData, PartnershipService partnerships,
                     AccessGuard access) {
        this.admin = admin;
        this.personalData = personalData;
        this.partnerships = partnerships;
        this.access = access;
        setSizeFull();
        invite.setText(getTranslation("security.users.invite"));
        invite.setIcon(VaadinIcon.PLUS.create());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> openInvite());
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("security.users.grid"));
        // each column once, with one label: its header and, on a phone, its line under the name
        NarrowColumns<ManagedUser> narrow = new NarrowColumns<>(grid, NARROW_REM, "users-summary");
        narrow.addMain("name", getTranslation("security.users.name"), this::link).setFlexGrow(2);
        narrow.addText("username", getTranslation("security.users.username"), ManagedUser::username).setFlexGrow(1);
        narrow.addText("email", getTranslation("security.users.email"), ManagedUser::email).setFlexGrow(2);
        // names is read as each row is shown (beforeEnter replaces it), not when the column is added
        narrow.addText("memberships", getTranslation("security.users.memberships"), u -> names.memberships(u))
                .setFlexGrow(3);
        narrow.addText("status", getTranslation("security.users.status"), this::status).setAutoWidth(true);
        grid.addItemClickListener(e -> navigate(e.getItem().id()));
        changeRole.setText(getTranslation("security.users.changeRole"));
        changeRole.addClickListener(e -> new RoleDialog(selected, names, scope(), partnerships.visiblePartnerships(),
                (partnershipId, role) -> act(() -> admin.setRole(selected.id(), selected.version(), partnershipId, role),
                        "security.users.roleChanged")).open());
        deactivate.setText(getTranslation("security.users.deactivate"));
        deactivate.addClickListener(e -> new DeactivateDialog(PartnershipNames.name(this, selected), remove ->
                act(() -> admin.deactivate(selected.id(), selected.version(), remove), "security.users.deactivated")).open());
        reactivate.setText(getTranslation("security.users.reactivate"));
        reactivate.addClickListener(e -> act(() -> admin.reactivate(selected.id(), selected.version()),
                "security.users.reactivated"));
        resetPassword.setText(getTranslation("security.users.resetPassword"));
        resetPassword.addClickListener(e -> {
            try {
                Invitation reset = admin.resetPassword(selected.id(), selected.version());
                new OneTimePasswordDialog(reset).open();
                refresh(reset.userId());
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        exportData.setText(getTranslation("security.users.export"));
        exportData.setIcon(VaadinIcon.DOWNLOAD.create());
        exportData.addClickListener(e -> export());
        showFormer.setLabel(getTranslation("security.users.show"));
        showFormer.setItems(false, true);
        showFormer.setItemLabelGenerator(former -> getTranslation(former ? "security.users.show.former"
                : "security.users.show.current"));
        showFormer.setValue(false);
        showFormer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(null);
            }
        });
        HorizontalLayout tools = new HorizontalLayout(invite, showFormer);
        tools.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("security.users.heading")), tools, grid, details);
        setFlexGrow(1, grid);
    }

    /** The user's name as a link to their details, so that keyboard and screen-reader users can open them too. */
    private RouterLink link(ManagedUser user) {
        RouterLink link = new RouterLink(PartnershipNames.name(this, user), UsersView.class);
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("user", String.valueOf(user.id())));
        if (Boolean.TRUE.equals(showFormer.getValue())) {
            parameters.put("show", "former");
        }
        link.setQueryParameters(QueryParameters.simple(parameters));
        return GridLinks.tall(link);
    }

    private PartnershipScope scope() {
        return access.requireAdmin();
    }

    private String status(ManagedUser u) {
        String key = u.personalDataRemoved() ? "security.users.status.removed"
                : !u.active() ? "security.users.status.inactive"
                : u.passwordChangeRequired() ? "security.users.status.invited" : "security.users.status.active";
        return getTranslation(key);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        names = new PartnershipNames(this, partnerships.visiblePartnerships());
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        showFormer.setValue(parameters.getOrDefault("show", List.of()).contains("former"));
        List<String> ids = parameters.getOrDefault("user", List.of());
        Long userId = null;
        if (!ids.isEmpty()) {
            try {
                userId = Long.parseLong(ids.getFirst());
            } catch (NumberFormatException e) {
                throw new org.cjengage.core.common.NotFoundException("user", ids.getFirst());
            }
        }
        refresh(userId);
    }

    private void refresh(Long userId) {
        List<ManagedUser> users = admin.users().stream()
                .filter(u -> u.formerMember() == Boolean.TRUE.equals(showFormer.getValue())).toList();
        grid.setItems(users);
        selected = userId == null ? null : admin.user(userId);
        Optional.ofNullable(selected).flatMap(s -> users.stream().filter(u -> u.id() == s.id()).findFirst())
                .ifPresent(grid::select);
        showDetails();
    }

    private void showDetails() {
        details.removeAll();
        details.setVisible(selected != null);
        if (selected == null) {
            return;
        }
        details.add(new H3(PartnershipNames.name(this, selected)),
                new Paragraph(getTranslation("security.users.memberships") + ": " + names.memberships(selected)),
                new Paragraph(getTranslation("security.users.status") + ": " + status(selected)));
        boolean whole = selected.wholeAccountManageable() && selected.id() != access.requireUser().userId();
        changeRole.setEnabled(!selected.personalDataRemoved() && selected.id() != access.requireUser().userId());
        deactivate.setVisible(whole && selected.active());
        reactivate.setVisible(whole && !selected.active() && !selected.personalDataRemoved());
        resetPassword.setVisible(whole && selected.active());
        exportData.setVisible(selected.wholeAccountManageable());
        HorizontalLayout actions = new HorizontalLayout(changeRole, resetPassword, deactivate, reactivate, exportData);
        actions.setWrap(true);
        details.add(actions);
        if (!selected.wholeAccountManageable()) {
            details.add(new Paragraph(getTranslation("security.users.sharedAccount")));
        }
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
            refresh(selected.id());
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }

    private void export() {
        try {
            byte[] json = personalData.export(selected.id());
            String file = "personal-data-user-" + selected.id() + ".json";
            Anchor download = new Anchor(event -> {
                event.setFileName(file);
                event.setContentType("application/json");
                event.getOutputStream().write(json);
            }, AttachmentType.DOWNLOAD, getTranslation("security.users.export.download", file));
            download.setId("personal-data-download");
            details.add(download);
            Notifications.success(getTranslation("security.users.export.ready"));
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }

    private void openInvite() {
        new InviteDialog(names, scope(), partnerships.visiblePartnerships(), admin::invite, invitation -> {
            new OneTimePasswordDialog(invitation).open();
            navigate(invitation.userId());
        }).open();
    }

    private void navigate(Long userId) {
        Map<String, String> parameters = new java.util.HashMap<>();
        if (userId != null) {
            parameters.put("user", String.valueOf(userId));
        }
        if (Boolean.TRUE.equals(showFormer.getValue())) {
            parameters.put("show", "former");
        }
        getUI().ifPresent(ui -> ui.navigate(UsersView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.heading") + " | " + getTranslation("app.name");
    }
}
