package org.cjengage.ui.i18n;

import java.util.Locale;
import java.util.Optional;

import org.cjengage.core.EngagementCoreAutoConfiguration;
import org.cjengage.core.i18n.MessageBundles;
import org.cjengage.ui.EngagementUiAutoConfiguration;

/**
 * The plugin's own texts: every {@code i18n/*.properties} of engagement-core and engagement-ui (and of no other
 * jar), loaded once by the one bundle loader ({@link MessageBundles}). A bean, so that a host application with
 * an {@code I18NProvider} of its own can ask it for the plugin's keys ({@link #find}); a host without one gets
 * the plugin's {@link ComposedI18NProvider}, which serves these texts and the host's contributed bundles.
 */
public final class EngagementMessages {

    private final MessageBundles bundles;

    private EngagementMessages(MessageBundles bundles) {
        this.bundles = bundles;
    }

    /** Reads the plugin's bundles from the class path. */
    public static EngagementMessages load() {
        return new EngagementMessages(MessageBundles.beside("i18n", EngagementCoreAutoConfiguration.class,
                EngagementUiAutoConfiguration.class));
    }

    /** The text of a plugin key in the locale (English where that language lacks it), or empty for a key not the plugin's. */
    public Optional<String> find(String key, Locale locale, Object... params) {
        return bundles.find(key, locale, params);
    }

    /** Whether the key is one of the plugin's. */
    public boolean has(String key) {
        return bundles.has(key);
    }

    /** The bundles themselves, to compose with others or to check. */
    public MessageBundles bundles() {
        return bundles;
    }
}
