package org.cjengage.ui.common.web;

import java.lang.reflect.Type;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;

import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that no argument sent from the browser is a Polymer template's model value (the plugin has no Polymer
 * templates). Vaadin asks this, through its service lookup, for every argument of every call from the browser to a
 * server method (a grid's request for rows, say). Without an answer registered, each question searched every jar of
 * the class path ({@code ServiceLoader}) and found nothing: about 2.5 % of the processor time in the load test
 * (docs/benchmarks.md, "Where the processor time went"). {@link RememberedLookups} gives it to Vaadin in any
 * application that includes the plugin, unless the application registered a real handler of its own.
 */
public final class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

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
