package org.cjengage.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.common.DomainException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.common.NotPermittedException;
import org.cjengage.ui.common.ErrorMessages;

/**
 * Shown when opening a page fails for a reason the user should understand: the record does not exist,
 * or it belongs to a partnership the user cannot see (direct URL access). Same text for both, so ids of
 * other partnerships' records reveal nothing. On a host application's page, the host's own error view if it has
 * one for the exception ({@link HostErrorViews}).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class DomainErrorView extends ErrorPage implements HasErrorParameter<DomainException> {

    public DomainErrorView(PluginPaths paths) {
        super(paths);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
        if (passedToHost(event, parameter)) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        DomainException e = parameter.getException();
        boolean hidden = e instanceof NotFoundException || e instanceof NotPermittedException;
        return show(hidden ? getTranslation("error.notFoundOrNotPermitted") : ErrorMessages.describe(e),
                hidden ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
    }
}
