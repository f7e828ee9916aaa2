package org.cjengage.ui.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.cjengage.core.admin.InviteDraft;
import org.cjengage.core.admin.Invitation;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.PartnershipScope;
import org.cjengage.core.security.PasswordPolicy;
import org.cjengage.core.security.Role;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.FieldErrors;

/** Invites a person: creates their account with a one-time password (generated, or typed by the admin). */
class InviteDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final Select<PartnershipChoice> partnership = new Select<>();
    final Select<Role> role = new Select<>();
    final RadioButtonGroup<Boolean> generate = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField();
    final Button send = new Button();
    private final FieldErrors errors = new FieldErrors(Map.of("username", username, "displayName", displayName,
            "email", email, "role", role, "initialPassword", password));

    InviteDialog(PartnershipNames names, PartnershipScope scope, List<Partnership> visible,
                 Function<InviteDraft, Invitation> invite, Consumer<Invitation> done) {
        setHeaderTitle(getTranslation("security.invite.title"));
        username.setLabel(getTranslation("security.users.username"));
        username.setHelperText(getTranslation("security.invite.usernameHelp"));
        displayName.setLabel(getTranslation("security.users.name"));
        email.setLabel(getTranslation("security.users.email"));
        partnership.setLabel(getTranslation("security.invite.partnership"));
        partnership.setItemLabelGenerator(PartnershipChoice::label);
        List<PartnershipChoice> choices = PartnershipChoice.of(scope, visible, names);
        partnership.setItems(choices);
        if (!choices.isEmpty()) {
            partnership.setValue(choices.getFirst());
        }
        role.setLabel(getTranslation("security.invite.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("security.role." + r.name()));
        generate.setLabel(getTranslation("security.invite.passwordMode"));
        generate.setItems(true, false);
        generate.setItemLabelGenerator(g -> getTranslation(g ? "security.invite.generate" : "security.invite.setOwn"));
        generate.setValue(true);
        password.setLabel(getTranslation("security.invite.password"));
        password.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        password.setVisible(false);
        generate.addValueChangeListener(e -> password.setVisible(Boolean.FALSE.equals(e.getValue())));
        for (var f : List.of(username, displayName)) {
            f.setRequiredIndicatorVisible(true);
        }
        FormLayout form = new FormLayout(username, displayName, email, partnership, role, generate, password);
        add(form);
        send.setText(getTranslation("security.invite.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> submit(invite, done));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, send);
        setWidth("min(40em, 95vw)");
    }

    private void submit(Function<InviteDraft, Invitation> invite, Consumer<Invitation> done) {
        errors.clear();
        PartnershipChoice choice = partnership.getValue();
        try {
            Invitation result = invite.apply(new InviteDraft(username.getValue(), displayName.getValue(),
                    email.getValue(), choice == null ? null : choice.id(), role.getValue(),
                    Boolean.TRUE.equals(generate.getValue()) ? null : password.getValue()));
            close();
            done.accept(result);
        } catch (ValidationException ex) {
            errors.show(ex);
        } catch (DomainException ex) {
            ErrorMessages.show(ex);
        }
    }
}
