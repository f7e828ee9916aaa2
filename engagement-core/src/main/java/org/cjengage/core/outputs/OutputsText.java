package org.cjengage.core.outputs;

import java.util.List;

import org.cjengage.core.i18n.MessageBundles;

/**
 * The English texts of generated outputs, from {@code i18n/outputs.properties} (the same bundle the web
 * views use, so a document and its web page say the same). Missing keys show as {@code !key!}.
 */
public final class OutputsText {

    private static final OutputsText ENGLISH = new OutputsText(MessageBundles.of(List.of("i18n/outputs")));
    private final MessageBundles texts;

    private OutputsText(MessageBundles texts) {
        this.texts = texts;
    }

    public static OutputsText english() {
        return ENGLISH;
    }

    public String get(String key, Object... args) {
        return texts.text(key, MessageBundles.ENGLISH, args);
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
}
