package org.cjengage.ui.common;

import java.util.Arrays;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinService;

import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.core.common.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns refusals into sentences a user can act on; never shows a stack trace. */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        DomainException domain = domainCause(error);
        if (domain != null) {
            return translate(domain.messageKey(), domain.args());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (ClientGone.isClientGone(error)) {
            LOG.debug("The browser closed the connection during a request, reference {}", reference, error);
        } else {
            LOG.error("Unexpected error, reference {}", reference, error);
        }
        return translate("error.unexpected", reference);
    }

    public static String describe(Violation violation) {
        return translate(violation.messageKey(), violation.args());
    }

    /**
     * Shows the error as a notification that stays until closed (assertive for screen readers). A refusal
     * ({@link NotPermittedException}) from a page the user could open means their access changed meanwhile
     * (buttons are shown only to those allowed): the page is left for {@link AccessChangedView}, which says so.
     */
    public static void show(Throwable error) {
        if (domainCause(error) instanceof NotPermittedException) {
            AccessChangedView.leave();
            return;
        }
        Notification notification = Notifications.error(describe(error));
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static DomainException domainCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    static String translate(String key, Object... args) {
        Object[] translatedArgs = Arrays.stream(args).map(ErrorMessages::entityName).toArray();
        var i18n = VaadinService.getCurrent() == null ? null : VaadinService.getCurrent().getInstantiator().getI18NProvider();
        var locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : null;
        return i18n == null ? key : i18n.getTranslation(key, locale, translatedArgs);
    }

    private static Object entityName(Object arg) {
        if (arg instanceof String s && s.matches("[a-z]+")) {
            var i18n = VaadinService.getCurrent() == null ? null : VaadinService.getCurrent().getInstantiator().getI18NProvider();
            if (i18n != null) {
                String text = i18n.getTranslation("entity." + s, UI.getCurrent() != null ? UI.getCurrent().getLocale() : null);
                return text.startsWith("!") ? s : text;
            }
        }
        return arg;
    }
}
