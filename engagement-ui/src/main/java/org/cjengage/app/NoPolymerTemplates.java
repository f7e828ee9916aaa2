package org.cjengage.app;

import java.lang.reflect.Type;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;

import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that no argument sent from the browser is a Polymer template's model value (the application has no
 * Polymer templates). Vaadin asks this, through its service lookup, for every argument of every call from the browser
 * to a server method (a grid's request for rows, say). Without an implementation found when the application starts,
 * each of those questions searched every jar of the class path ({@code ServiceLoader}) and Spring's beans, and found
 * nothing: about 2.5 % of the application's processor time in the load test (docs/benchmarks.md, "processor time per
 * step"). Not a Spring bean: Vaadin's start-up scan for its services looks in the application's own package (that
 * of {@link EngagementApplication}) only, so the standalone application has it; a host application that embeds the
 * plugin may put a class like it in its own package.
 */
public class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        // never asked: isTemplateModelValue says no first
        throw new UnsupportedOperationException("The application has no Polymer templates");
    }
}
