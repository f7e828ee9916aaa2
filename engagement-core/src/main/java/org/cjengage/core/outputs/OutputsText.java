package org.cjengage.core.outputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The English texts of generated outputs, from {@code i18n/outputs.properties} (the same bundle the web
 * views use, so a document and its web page say the same). Missing keys show as {@code !key!}.
 */
public final class OutputsText {

    private static final OutputsText ENGLISH = new OutputsText(load());
    private final Properties texts;

    private OutputsText(Properties texts) {
        this.texts = texts;
    }

    public static OutputsText english() {
        return ENGLISH;
    }

    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
    }

    /**
     * A figure as a published document prints it: the number, "&lt;threshold" for a small count of people, or
     * "hidden" for one withheld so that a small one cannot be worked out.
     */
    public String figure(org.cjengage.core.disclosure.Figure figure, int threshold) {
        return switch (figure.kind()) {
            case EXACT -> String.valueOf(figure.value());
            case SMALL -> get("outputs.figure.small", threshold);
            case HIDDEN -> get("outputs.figure.hidden");
        };
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = OutputsText.class.getResourceAsStream("/i18n/outputs.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/outputs.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
