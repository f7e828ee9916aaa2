package org.cjengage.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every uncaught error in an event handler becomes a clear notification, never a stack trace. A browser that went
 * away mid-request ({@link ClientGone}) is nobody's error: logged at DEBUG, and there is nobody to notify. Nor is
 * there anybody to notify when the page the error belongs to has already been closed: the error is logged.
 */
@Component
public class ErrorHandlingInitListener implements VaadinServiceInitListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorHandlingInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession()
                .setErrorHandler(error -> handle(error.getThrowable(), UI.getCurrent())));
    }

    /** Shows {@code error} on {@code ui} when there is a page to show it on; otherwise logs it. */
    static void handle(Throwable error, UI ui) {
        if (ClientGone.isClientGone(error)) {
            LOG.debug("The browser closed the connection during a request", error);
            return;
        }
        if (ui == null) {
            LOG.error("Unexpected error outside a page", error);
            return;
        }
        try {
            ui.access(() -> ErrorMessages.show(error));
        } catch (UIDetachedException closed) {
            LOG.error("Unexpected error on a page that has been closed", error);
        }
    }
}
