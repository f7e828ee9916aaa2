package org.cjengage.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.ui.common.ErrorMessages;

/**
 * Shown when opening a page fails unexpectedly: a plain apology with a reference the administrator
 * can find in the server log; never the exception or its stack trace. Registered for every exception in the
 * application; on a host application's page, the host's own error view if it has one ({@link HostErrorViews}).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    public UnexpectedErrorView(PluginPaths paths) {
        super(paths);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (passedToHost(event, parameter)) {
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        return show(ErrorMessages.describe(parameter.getCaughtException()), HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
