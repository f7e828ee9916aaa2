package org.cjengage.ui.participation;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.ValidationException;
import org.cjengage.core.participation.ServiceDraft;
import org.cjengage.core.participation.TrackedService;
import org.cjengage.ui.common.ErrorMessages;
import org.cjengage.ui.common.Labels;
import org.cjengage.ui.common.Notifications;

/** Adds or edits a service: hosts the {@link ServiceForm}, saves through the given action, reports refusals. */
class ServiceDialog extends Dialog {

    final ServiceForm form;

    ServiceDialog(String titleKey, Labels labels, JourneyFormat format, ServiceFormModel model,
                  Function<ServiceDraft, TrackedService> save, java.util.function.Consumer<TrackedService> saved) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(44em, 95vw)");
        form = new ServiceForm(labels, format);
        form.edit(model);
        form.addSaveListener(e -> {
            try {
                TrackedService result = save.apply(e.draft());
                Notifications.success(getTranslation("participation.service.saved"));
                close();
                saved.accept(result);
            } catch (ValidationException ex) {
                form.showViolations(ex);
            } catch (DomainException ex) {
                ErrorMessages.show(ex);
            }
        });
        add(form);
        Button ok = new Button(getTranslation("action.save"), e -> form.save());
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
