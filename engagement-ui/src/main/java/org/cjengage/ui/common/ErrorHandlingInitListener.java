package org.cjengage.ui.common;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every uncaught error in an event handler becomes a clear notification, never a stack trace. A browser that went
 * away mid-request ({@link ClientGone}) is nobody's error: logged at DEBUG, and there is nobody to notify.
 */
@Component
public class ErrorHandlingInitListener implements VaadinServiceInitListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorHandlingInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (ClientGone.isClientGone(error.getThrowable())) {
                LOG.debug("The browser closed the connection during a request", error.getThrowable());
                return;
            }
            if (com.vaadin.flow.component.UI.getCurrent() != null) {
                com.vaadin.flow.component.UI.getCurrent().access(() -> ErrorMessages.show(error.getThrowable()));
            } else {
                LOG.error("Unexpected error outside a page", error.getThrowable());
            }
        }));
    }
}
