package org.cjengage.ui.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.cjengage.core.i18n.MessageBundles;

/**
 * Vaadin's one translation provider, made of the plugin's texts and every bundle the application contributes as
 * a {@link MessageBundleNames} bean. Declared only when the application has no {@link I18NProvider} of its own;
 * an application with its own asks {@link EngagementMessages} for the plugin's keys. A key defined by two bundles
 * with different texts stops the start-up with its name. A key no bundle has shows as {@code !key!}.
 */
public class ComposedI18NProvider implements I18NProvider {

    private final MessageBundles bundles;

    public ComposedI18NProvider(EngagementMessages plugin, List<MessageBundleNames> contributed) {
        List<MessageBundles> parts = new ArrayList<>();
        parts.add(plugin.bundles());
        contributed.forEach(names -> parts.add(MessageBundles.of(names.baseNames())));
        this.bundles = MessageBundles.compose(parts);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return bundles.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return bundles.text(key, locale, params);
    }
}
