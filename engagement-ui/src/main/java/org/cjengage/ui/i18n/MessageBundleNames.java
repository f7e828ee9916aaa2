package org.cjengage.ui.i18n;

import java.util.List;

/**
 * Message bundles an application contributes to the plugin's {@link ComposedI18NProvider}, by base name on the
 * class path, e.g. {@code new MessageBundleNames("i18n/host")} for {@code i18n/host.properties} and its
 * translations. Declare it as a bean instead of writing an {@code I18NProvider}: one provider then serves the
 * host's pages and the plugin's.
 */
public record MessageBundleNames(List<String> baseNames) {

    public MessageBundleNames {
        baseNames = List.copyOf(baseNames);
    }

    public MessageBundleNames(String... baseNames) {
        this(List.of(baseNames));
    }
}
