package org.cjengage.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations from every {@code i18n/*.properties} on the class path (one file per feature, UTF-8):
 * {@code name.properties} is English, {@code name_gd.properties} Scottish Gaelic, and so on. A key
 * missing in a language falls back to English; a key missing everywhere shows as {@code !key!}.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.UK;
    private static final String PATTERN = "classpath*:i18n/*.properties";

    private final Map<String, Map<String, String>> byLanguage;

    public BundleI18NProvider() {
        this.byLanguage = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return byLanguage.keySet().stream().map(lang -> lang.isEmpty() ? ENGLISH : Locale.of(lang)).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = locale == null ? "" : locale.getLanguage();
        String pattern = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault("", Map.of()).get(key);
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? ENGLISH : locale).format(params);
    }

    public boolean has(String key) {
        return byLanguage.getOrDefault("", Map.of()).containsKey(key);
    }

    /** Every key and text per language ("" is English), for the bundle consistency test. */
    public Map<String, Map<String, String>> allTranslations() {
        return byLanguage;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
                String file = resource.getFilename();
                if (file == null) {
                    continue;
                }
                String base = file.substring(0, file.length() - ".properties".length());
                int underscore = base.indexOf('_');
                String language = underscore < 0 ? "" : base.substring(underscore + 1);
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                Map<String, String> target = result.computeIfAbsent(language, l -> new HashMap<>());
                for (String key : properties.stringPropertyNames()) {
                    String previous = target.put(key, properties.getProperty(key));
                    if (previous != null && !previous.equals(properties.getProperty(key))) {
                        throw new IllegalStateException("Message key " + key + " is defined twice (again in " + file + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundles", e);
        }
        return Map.copyOf(result);
    }
}
