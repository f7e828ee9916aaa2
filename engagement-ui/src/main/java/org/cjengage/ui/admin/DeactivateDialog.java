package org.cjengage.ui.admin;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Confirms deactivation, optionally with removal of the person's name and e-mail (cannot be undone). */
class DeactivateDialog extends Dialog {

    final Checkbox removePersonalData = new Checkbox();
    final Button confirm = new Button();

    DeactivateDialog(String name, Consumer<Boolean> apply) {
        setHeaderTitle(getTranslation("security.deactivate.title", name));
        removePersonalData.setLabel(getTranslation("security.deactivate.remove"));
        add(new Paragraph(getTranslation("security.deactivate.text")), removePersonalData);
        confirm.setText(getTranslation("security.users.deactivate"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(e -> {
            close();
            apply.accept(removePersonalData.getValue());
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(36em, 95vw)");
    }
}
