package org.example.host;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.cjengage.ui.i18n.EngagementMessages;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The host's own translation provider (Vaadin uses exactly one, so the plugin's steps back): the host's keys from
 * its own bundle, every other key from the plugin's texts ({@link EngagementMessages}).
 */
@Component
public class HostI18NProvider implements I18NProvider {

    private final ResourceBundleMessageSource host = new ResourceBundleMessageSource();
    private final EngagementMessages plugin;

    public HostI18NProvider(EngagementMessages plugin) {
        this.plugin = plugin;
        host.setBasename("i18n/host");
        host.setDefaultEncoding("UTF-8");
        host.setFallbackToSystemLocale(false);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = host.getMessage(key, params, null, locale);
        return text != null ? text : plugin.find(key, locale, params).orElse("!" + key + "!");
    }
}
