package org.cjengage.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Notifications with plain text (never HTML) and a close button reachable by keyboard. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        n.setAssertive(false);
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification();
        n.setPosition(Notification.Position.MIDDLE);
        n.setAssertive(true);
        Button close = new Button(n.getTranslation("action.close"), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span message = new Span(text);
        message.addClassName("error-text");
        n.add(new HorizontalLayout(message, close));
        n.addThemeVariants(NotificationVariant.ERROR);
        n.open();
        return n;
    }
}
