package org.cjengage.hostpages;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.cjengage.core.common.NotFoundException;

/**
 * Pages of a pretend host application for {@code HostErrorPagesViewTest}, which registers them itself. UI tests
 * without {@code @ViewPackages} scan the whole class path and would register an error view for {@code Exception}
 * beside the plugin's (which Vaadin refuses), so the two error pages declare exception types of their own that
 * nothing throws; the test hands them to the plugin as the host's pages for {@code Exception}.
 */
public final class HostPages {

    public static final String DETAIL = "internal detail 4711";

    private HostPages() {
    }

    /** Never thrown: only gives the pretend host's error pages a type of their own. */
    public static class OnlyForTheHostPage extends RuntimeException {
    }

    /** Never thrown: only gives the broken error page a type of its own. */
    public static class OnlyForTheBrokenPage extends RuntimeException {
    }

    /** A page that fails as it opens; {@code ?refuse} makes it fail with a refusal of the plugin's. */
    @AnonymousAllowed
    public static class FailingPage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (event.getLocation().getQueryParameters().getParameters().containsKey("refuse")) {
                throw new NotFoundException("activity", 1L);
            }
            throw new IllegalStateException(DETAIL);
        }
    }

    /** The host's own page for any error; keeps what it was given. */
    @AnonymousAllowed
    public static class HostErrorPage extends Div implements HasErrorParameter<OnlyForTheHostPage> {
        public Exception shown;

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<OnlyForTheHostPage> parameter) {
            shown = ((ErrorParameter<?>) parameter).getException();
            add(new Paragraph("The hub's own error page"));
            return 500;
        }
    }

    /** A host error page that fails itself. */
    @AnonymousAllowed
    public static class BrokenHostErrorPage extends Div implements HasErrorParameter<OnlyForTheBrokenPage> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<OnlyForTheBrokenPage> parameter) {
            throw new IllegalArgumentException("broken error page " + DETAIL);
        }
    }
}
