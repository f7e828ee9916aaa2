package org.cjengage.ui.admin;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

import org.cjengage.core.admin.ManagedUser;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.PartnershipScope;
import org.cjengage.core.security.Role;

/** Sets a user's role in one partnership the admin administers, or removes their membership there. */
class RoleDialog extends Dialog {

    final Select<PartnershipChoice> partnership = new Select<>();
    final Select<String> role = new Select<>();
    final Button save = new Button();
    private static final String NONE = "";

    RoleDialog(ManagedUser user, PartnershipNames names, PartnershipScope scope, List<Partnership> visible,
               BiConsumer<Long, Role> apply) {
        setHeaderTitle(getTranslation("security.role.title", PartnershipNames.name(this, user)));
        partnership.setLabel(getTranslation("security.invite.partnership"));
        partnership.setItemLabelGenerator(PartnershipChoice::label);
        List<PartnershipChoice> choices = PartnershipChoice.of(scope, visible, names);
        partnership.setItems(choices);
        role.setLabel(getTranslation("security.invite.role"));
        role.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(NONE),
                java.util.Arrays.stream(Role.values()).map(Role::name)).toList());
        role.setItemLabelGenerator(r -> getTranslation(r.isEmpty() ? "security.role.none" : "security.role." + r));
        partnership.addValueChangeListener(e -> role.setValue(current(user, e.getValue())));
        if (!choices.isEmpty()) {
            partnership.setValue(choices.getFirst());
        }
        add(new FormLayout(partnership, role));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            PartnershipChoice choice = partnership.getValue();
            if (choice == null) {
                return;
            }
            close();
            apply.accept(choice.id(), role.getValue() == null || role.getValue().isEmpty() ? null
                    : Role.valueOf(role.getValue()));
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static String current(ManagedUser user, PartnershipChoice choice) {
        if (choice == null) {
            return NONE;
        }
        return user.memberships().stream().filter(m -> Objects.equals(m.partnershipId(), choice.id()))
                .map(Membership::role).map(Role::name).findFirst().orElse(NONE);
    }
}
