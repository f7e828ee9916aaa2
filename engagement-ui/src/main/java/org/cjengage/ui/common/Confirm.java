package org.cjengage.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks the user before a step that cannot be undone; Cancel (or Escape) leaves everything as it was. */
public final class Confirm {

    private Confirm() {
    }

    /** A delete: the confirm button reads "Delete" and is styled as dangerous. */
    public static ConfirmDialog delete(String title, String text, Runnable action) {
        ConfirmDialog dialog = ask(title, text, UI.getCurrent().getTranslation("action.delete"), action);
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    /** A delete whose text is a component, e.g. a list of what is deleted with it. */
    public static ConfirmDialog delete(String title, Component text, Runnable action) {
        ConfirmDialog dialog = delete(title, "", action);
        dialog.setText(text);
        return dialog;
    }

    /** Tells the user something (e.g. why a step cannot be taken) with a single Close button; changes nothing. */
    public static ConfirmDialog tell(String title, Component text) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setConfirmText(UI.getCurrent().getTranslation("action.close"));
        dialog.setCloseOnEsc(true);
        dialog.open();
        return dialog;
    }

    /** Opens the dialog; {@code action} runs only when the user confirms. */
    public static ConfirmDialog ask(String title, String text, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmLabel, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.open();
        return dialog;
    }
}
