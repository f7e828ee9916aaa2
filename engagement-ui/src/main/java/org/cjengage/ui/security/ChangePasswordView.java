package org.cjengage.ui.security;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.security.AccountService;
import org.cjengage.core.security.PasswordPolicy;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.FieldErrors;
import org.cjengage.ui.common.Notifications;

/**
 * Changing one's own password. Users who signed in with a one-time password are sent here first
 * ({@link PasswordChangeGate}) and cannot open anything else until they have chosen their own.
 */
@Route(value = "account/password", registerAtStartup = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private final AccountService accounts;
    private final PluginPaths paths;
    private final FieldErrors errors = new FieldErrors(Map.of("currentPassword", current, "newPassword", newPassword,
            "repeat", repeat));

    public ChangePasswordView(AccountService accounts, PluginPaths paths) {
        this.paths = paths;
        this.accounts = accounts;
        current.setLabel(getTranslation("security.password.current"));
        newPassword.setLabel(getTranslation("security.password.new"));
        newPassword.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("security.password.repeat"));
        for (PasswordField f : new PasswordField[] {current, newPassword, repeat}) {
            f.setRequiredIndicatorVisible(true);
            f.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        save.setText(getTranslation("security.password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> submit());
        Paragraph intro = new Paragraph(getTranslation(accounts.passwordChangeRequired()
                ? "security.password.required" : "security.password.intro"));
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setMaxWidth("30em");
        add(new H2(getTranslation("security.password.heading")), intro, form, save);
    }

    private void submit() {
        errors.clear();
        if (!newPassword.getValue().equals(repeat.getValue())) {
            errors.show("repeat", "security.password.mismatch");
            return;
        }
        try {
            accounts.changePassword(current.getValue(), newPassword.getValue());
            Notifications.success(getTranslation("security.password.changed"));
            getUI().ifPresent(ui -> ui.navigate(paths.route("")));
        } catch (ValidationException e) {
            errors.show(e);
        } catch (DomainException e) {
            ErrorMessages.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.heading") + " | " + getTranslation("app.name");
    }
}
