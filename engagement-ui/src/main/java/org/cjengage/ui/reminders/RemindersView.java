package org.cjengage.ui.reminders;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.cjengage.core.reminders.ReminderSettings;
import org.cjengage.ui.common.Notifications;

/** Each person's switch for the weekly reminder e-mail; the digest's own link leads here. */
@Route(value = "account/reminders", registerAtStartup = false)
@PermitAll
public class RemindersView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox weekly = new Checkbox();

    public RemindersView(ReminderSettings settings) {
        setMaxWidth("50em");
        weekly.setLabel(getTranslation("reminders.view.weekly"));
        weekly.setValue(settings.enabled());
        weekly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                settings.setEnabled(e.getValue());
                Notifications.success(getTranslation(e.getValue() ? "reminders.view.on" : "reminders.view.off"));
            }
        });
        add(new H2(getTranslation("reminders.view.title")), new Paragraph(getTranslation("reminders.view.text")), weekly);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.view.title");
    }
}
