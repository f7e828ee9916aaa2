package org.cjengage.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.cjengage.core.admin.Invitation;

/**
 * Shows a generated one-time password once, for the admin to pass on by a separate channel (phone, in
 * person). It is stored only as a hash; the person must choose their own password at first sign-in.
 */
class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField();

    OneTimePasswordDialog(Invitation invitation) {
        setHeaderTitle(getTranslation("security.otp.title", invitation.username()));
        if (invitation.oneTimePassword() == null) {
            add(new Paragraph(getTranslation("security.otp.ownPassword")));
        } else {
            password.setLabel(getTranslation("security.otp.label"));
            password.setValue(invitation.oneTimePassword());
            password.setReadOnly(true);
            password.setWidthFull();
            password.setId("one-time-password");
            add(new Paragraph(getTranslation("security.otp.text")), password);
        }
        Button ok = new Button(getTranslation("action.close"), e -> close());
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(ok);
        setWidth("min(32em, 95vw)");
    }
}
