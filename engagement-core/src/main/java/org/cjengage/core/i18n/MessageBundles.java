package org.cjengage.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one loader of message bundles (web pages, documents, e-mails): UTF-8 {@code .properties} files, one per
 * feature, {@code name.properties} in English and {@code name_gd.properties} in Scottish Gaelic and so on. A key
 * missing in a language falls back to English; a key missing everywhere shows as {@code !key!}. A key defined
 * twice with different texts is refused at start-up, so two features (or a host and the plugin) cannot silently
 * shadow each other. Texts with arguments are {@link MessageFormat} patterns; texts without are shown as written.
 */
public final class MessageBundles {

    /** The language of files without a language suffix. */
    public static final Locale ENGLISH = Locale.UK;

    private final Map<String, Map<String, String>> byLanguage;
    private final List<String> sources;

    private MessageBundles(Map<String, Map<String, String>> byLanguage, List<String> sources) {
        this.byLanguage = byLanguage;
        this.sources = List.copyOf(sources);
    }

    /**
     * The bundles with these base names on the class path, e.g. {@code i18n/host}: {@code i18n/host.properties}
     * and each {@code i18n/host_<language>.properties}.
     */
    public static MessageBundles of(Collection<String> baseNames) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String baseName : baseNames) {
            String base = baseName.replaceAll("^/+", "").replaceAll("\\.properties$", "");
            List<Resource> found = new ArrayList<>();
            found.addAll(resolve(resolver, "classpath*:" + base + ".properties"));
            found.addAll(resolve(resolver, "classpath*:" + base + "_*.properties"));
            if (found.isEmpty()) {
                throw new IllegalStateException("Message bundle " + base + ".properties is not on the class path");
            }
            resources.addAll(found);
        }
        return load(resources);
    }

    /**
     * Every bundle in {@code folder} (e.g. {@code i18n}) of the jars or class directories that hold the anchor
     * classes, and of no other: a library's own bundles, whatever the application around it keeps in a folder of
     * the same name.
     */
    public static MessageBundles beside(String folder, Class<?>... anchors) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> roots = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            String classFile = anchor.getName().replace('.', '/') + ".class";
            URL url = anchor.getClassLoader().getResource(classFile);
            if (url == null) {
                throw new IllegalStateException("Cannot locate " + classFile);
            }
            String location = url.toString();
            roots.add(location.substring(0, location.length() - classFile.length()));
        }
        List<Resource> resources = new ArrayList<>();
        for (String root : roots) {
            resources.addAll(resolve(resolver, root + folder + "/*.properties"));
        }
        return load(resources);
    }

    /** All of these bundles together; a key that two of them define differently is refused. */
    public static MessageBundles compose(List<MessageBundles> parts) {
        Map<String, Map<String, String>> result = new HashMap<>();
        List<String> sources = new ArrayList<>();
        for (MessageBundles part : parts) {
            part.byLanguage.forEach((language, texts) -> texts.forEach((key, text) ->
                    put(result.computeIfAbsent(language, l -> new HashMap<>()), key, text, part.sources.toString())));
            sources.addAll(part.sources);
        }
        return new MessageBundles(freeze(result), sources);
    }

    /** The text of the key in the locale's language (English when that language lacks it), formatted with the arguments. */
    public Optional<String> find(String key, Locale locale, Object... args) {
        String language = locale == null ? "" : languageOf(locale);
        String pattern = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault("", Map.of()).get(key);
        }
        if (pattern == null) {
            return Optional.empty();
        }
        return Optional.of(args == null || args.length == 0 ? pattern
                : new MessageFormat(pattern, locale == null ? ENGLISH : locale).format(args));
    }

    /** As {@link #find}, with {@code !key!} for a key no bundle has (visible on the page, caught by the bundle tests). */
    public String text(String key, Locale locale, Object... args) {
        return find(key, locale, args).orElse("!" + key + "!");
    }

    /** Whether the English bundles define the key. */
    public boolean has(String key) {
        return byLanguage.getOrDefault("", Map.of()).containsKey(key);
    }

    /** English first, then every other language a bundle is written in. */
    public List<Locale> locales() {
        List<Locale> result = new ArrayList<>();
        result.add(ENGLISH);
        byLanguage.keySet().stream().filter(l -> !l.isEmpty()).sorted().map(Locale::of).forEach(result::add);
        return result;
    }

    /** Every key and text per language ("" is English), for the bundle consistency tests. */
    public Map<String, Map<String, String>> translations() {
        return byLanguage;
    }

    /** The files read, for messages and tests. */
    public List<String> sources() {
        return sources;
    }

    private static String languageOf(Locale locale) {
        return locale.getLanguage().equals(ENGLISH.getLanguage()) ? "" : locale.getLanguage();
    }

    private static List<Resource> resolve(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            return List.of(resolver.getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for message bundles at " + pattern, e);
        }
    }

    private static MessageBundles load(List<Resource> resources) {
        Map<String, Map<String, String>> result = new HashMap<>();
        List<String> sources = new ArrayList<>();
        for (Resource resource : resources) {
            String file = resource.getFilename();
            if (file == null || !file.endsWith(".properties")) {
                continue;
            }
            String base = file.substring(0, file.length() - ".properties".length());
            int underscore = base.indexOf('_');
            String language = underscore < 0 ? "" : base.substring(underscore + 1);
            Properties properties = new Properties();
            try (InputStream in = resource.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read message bundle " + file, e);
            }
            Map<String, String> target = result.computeIfAbsent(language, l -> new HashMap<>());
            for (String key : properties.stringPropertyNames()) {
                put(target, key, properties.getProperty(key), file);
            }
            sources.add(file);
        }
        return new MessageBundles(freeze(result), sources);
    }

    private static void put(Map<String, String> target, String key, String text, String where) {
        String previous = target.put(key, text);
        if (previous != null && !previous.equals(text)) {
            throw new IllegalStateException("Message key " + key + " is defined twice (again in " + where + ")");
        }
    }

    private static Map<String, Map<String, String>> freeze(Map<String, Map<String, String>> result) {
        Map<String, Map<String, String>> frozen = new HashMap<>();
        result.forEach((language, texts) -> frozen.put(language, Map.copyOf(texts)));
        return Map.copyOf(frozen);
    }
}
