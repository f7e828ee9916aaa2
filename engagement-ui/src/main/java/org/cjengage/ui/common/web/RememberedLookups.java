package org.cjengage.ui.common.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/**
 * Makes two questions Vaadin asks its service lookup on every request a map read instead of a class-path search
 * (docs/decisions.md, "Vaadin's service lookups"). Vaadin's Spring lookup answers a type it did not register at
 * start-up by asking Spring for beans of the type and then running {@code ServiceLoader} over every jar, every time,
 * even when a bean was found. Two such questions come on every request:
 * <ul>
 * <li>the Polymer-template handler, for each argument of each call from the browser: nothing registered, so the
 * answer is {@link NoPolymerTemplates} (same outcome as none: no argument is a template value) unless the
 * application registered a handler of its own;</li>
 * <li>the role-prefix holder, at each navigation (Vaadin's {@code SpringNavigationAccessControl}): the one Spring
 * bean Vaadin's security auto-configuration declares from Spring Security's {@code GrantedAuthorityDefaults}, so
 * the same holder, and the same role prefix, as before.</li>
 * </ul>
 * The answers cannot change while the application runs (the class path is fixed, the holder is a singleton), so the
 * first answer to each is remembered; every other type goes to Vaadin's lookup unchanged. Vaadin builds its lookup
 * before any application code runs and finds extensions only in the application's own package, so the plugin puts
 * this in front of it when Vaadin's service starts: the same in the standalone application and in a host.
 */
public class RememberedLookups implements VaadinServiceInitListener {

    /** The types whose answer is remembered: each asked on every request, each with an answer fixed at start-up. */
    static final Set<Class<?>> REMEMBERED = Set.of(DeprecatedPolymerPublishedEventHandler.class,
            VaadinRolePrefixHolder.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        install(event.getSource().getContext());
    }

    /** Puts a remembering lookup in front of the context's Vaadin lookup, once. */
    static void install(VaadinContext context) {
        if (!(context instanceof VaadinServletContext servletContext)) {
            return;
        }
        var attributes = servletContext.getContext();
        synchronized (attributes) {
            Object current = attributes.getAttribute(Lookup.class.getName());
            if (current instanceof Lookup vaadins && !(current instanceof Remembering)) {
                // Vaadin refuses to replace its lookup through VaadinContext (it is meant to be set once, at
                // start-up); the servlet context attribute behind it is replaced once, by a lookup that answers
                // everything Vaadin's own does.
                attributes.setAttribute(Lookup.class.getName(), new Remembering(vaadins));
            }
        }
    }

    /** Vaadin's lookup, with the answers for {@link #REMEMBERED} kept after the first question. */
    static final class Remembering implements Lookup {

        private final Lookup vaadins;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Remembering(Lookup vaadins) {
            this.vaadins = vaadins;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!REMEMBERED.contains(serviceClass)) {
                return vaadins.lookup(serviceClass);
            }
            Optional<Object> known = answers.get(serviceClass);
            if (known == null) {
                known = Optional.ofNullable(firstAnswer(serviceClass));
                answers.put(serviceClass, known);
            }
            return serviceClass.cast(known.orElse(null));
        }

        private Object firstAnswer(Class<?> serviceClass) {
            Object found = vaadins.lookup(serviceClass);
            if (found == null && serviceClass == DeprecatedPolymerPublishedEventHandler.class) {
                return new NoPolymerTemplates();
            }
            return found;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return vaadins.lookupAll(serviceClass);
        }

        /** The lookup this one stands in front of (for tests). */
        Lookup vaadins() {
            return vaadins;
        }
    }
}
