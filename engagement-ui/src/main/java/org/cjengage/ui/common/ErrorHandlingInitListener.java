package org.cjengage.ui.common;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/** Every uncaught error in an event handler becomes a clear notification, never a stack trace. */
@Component
public class ErrorHandlingInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (com.vaadin.flow.component.UI.getCurrent() != null) {
                com.vaadin.flow.component.UI.getCurrent().access(() -> ErrorMessages.show(error.getThrowable()));
            }
        }));
    }
}
