package org.cjengage.ui.layout;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorNavigationEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.router.NavigationStateBuilder;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.internal.ErrorStateRenderer;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;

import org.cjengage.core.common.PluginPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error views a host application declared itself (its {@code HasErrorParameter} pages), kept per application
 * in the Vaadin context by {@code PluginRoutes}. Vaadin chooses one error view per exception type for the whole
 * application; where the plugin's view holds a type, it passes an error of a page outside the plugin's prefix on to
 * the host's view for that exception, chosen as Vaadin chooses (the exception's own class or a cause's, else the
 * nearest superclass). Inside the prefix the plugin's page stays. None of the host's: the plugin's page, as before.
 */
public final class HostErrorViews implements Serializable {

    private static final Logger LOG = LoggerFactory.getLogger(HostErrorViews.class);

    private static final HostErrorViews NONE = new HostErrorViews(Map.of());

    private final Map<Class<? extends Exception>, Class<? extends Component>> views;

    public HostErrorViews(Map<Class<? extends Exception>, Class<? extends Component>> views) {
        this.views = Map.copyOf(views);
    }

    /** The host's error views of this application (none if the plugin's routes were not registered in it). */
    public static HostErrorViews in(VaadinContext context) {
        HostErrorViews stored = context.getAttribute(HostErrorViews.class);
        return stored == null ? NONE : stored;
    }

    public void storeIn(VaadinContext context) {
        context.setAttribute(HostErrorViews.class, this);
    }

    /** Exception type to the host's view, as the host declared them. */
    public Map<Class<? extends Exception>, Class<? extends Component>> views() {
        return views;
    }

    /** The host's view for an exception and the type it handles it as, if the host declared one that applies. */
    public Optional<Map.Entry<Class<? extends Exception>, Class<? extends Component>>> viewFor(Exception exception) {
        for (Throwable t = exception; t instanceof Exception e; t = t.getCause()) {
            if (views.containsKey(e.getClass())) {
                return Optional.of(Map.entry(e.getClass(), views.get(e.getClass())));
            }
        }
        for (Class<?> type = exception.getClass().getSuperclass(); type != null && Exception.class.isAssignableFrom(type);
                type = type.getSuperclass()) {
            if (views.containsKey(type)) {
                return Optional.of(Map.entry(type.asSubclass(Exception.class), views.get(type)));
            }
        }
        return Optional.empty();
    }

    /**
     * Called first by the plugin's error pages: when the failing location is outside the plugin's prefix and the host
     * has a view for the exception, shows that view (in the host's layout, at the same address) and returns true. A
     * host view that fails itself gives way to the plugin's page, so the address never stays blank.
     */
    static boolean passToHost(BeforeEnterEvent event, ErrorParameter<?> parameter, PluginPaths paths) {
        Exception caught = parameter.getCaughtException();
        if (caught instanceof HostErrorViewFailed || caught instanceof ShownByHostView
                || paths.isPluginLocation(event.getLocation().getPath()) || VaadinService.getCurrent() == null) {
            return false;
        }
        var hostView = in(VaadinService.getCurrent().getContext()).viewFor(caught);
        if (hostView.isEmpty()) {
            return false;
        }
        Class<? extends Component> view = hostView.get().getValue();
        // the path only satisfies the reroute; the handler keeps the failing location and passes the error on
        NavigationState state = new NavigationStateBuilder(event.getSource()).withTarget(view)
                .withPath(event.getLocation().getPath()).build();
        ErrorParameter<?> forwarded = forwarded(hostView.get().getKey(), caught, parameter.getCustomMessage());
        Location location = event.getLocation();
        NavigationTrigger trigger = event.getTrigger();
        event.rerouteTo(navigation -> {
            try {
                return new ErrorStateRenderer(state).handle(new ErrorNavigationEvent(navigation.getSource(), location,
                        navigation.getUI(), trigger, forwarded));
            } catch (RuntimeException failed) {
                LOG.error("The host's error view {} failed; the plugin's error page is shown instead", view.getName(), failed);
                NavigationState fallback = new NavigationStateBuilder(navigation.getSource())
                        .withTarget(UnexpectedErrorView.class).build();
                return new ErrorStateRenderer(fallback).handle(new ErrorNavigationEvent(navigation.getSource(), location,
                        navigation.getUI(), trigger, new ErrorParameter<>(Exception.class, new HostErrorViewFailed(caught))));
            }
        }, state);
        return true;
    }

    private static <T extends Exception> ErrorParameter<T> forwarded(Class<T> type, Exception caught, String message) {
        return new Forwarded<>(type, caught, message);
    }

    /**
     * What the host's view receives: {@link #getException()} is the original exception (or its cause of the handled
     * type); the caught exception wraps it, since Vaadin refuses to show one exception class twice in a navigation.
     */
    private static final class Forwarded<T extends Exception> extends ErrorParameter<T> {

        private final T original;

        Forwarded(Class<T> type, Exception caught, String message) {
            super(type, new ShownByHostView(caught), message);
            T found = null;
            for (Throwable t = caught; t != null && found == null; t = t.getCause()) {
                found = type.isInstance(t) ? type.cast(t) : null;
            }
            this.original = found;
        }

        @Override
        public T getException() {
            return original;
        }
    }

    /** The error passed on to a host's error view (the original is its cause). */
    static final class ShownByHostView extends RuntimeException {
        ShownByHostView(Exception cause) {
            super("error of a host page, shown by the host's error view", cause);
        }
    }

    /** The host's error view failed while showing an error (the original is its cause). */
    static final class HostErrorViewFailed extends RuntimeException {
        HostErrorViewFailed(Exception cause) {
            super("error of a host page whose error view failed", cause);
        }
    }
}
