package org.cjengage.ui.dashboard;

import java.util.function.BiFunction;

import org.cjengage.core.disclosure.Figure;

/**
 * How a figure reads on screen: the number, "&lt;5" for a small count of people, or "hidden" (withheld so a
 * small one cannot be worked out from a total; docs/disclosure.md).
 */
final class FigureText {

    private final BiFunction<String, Object[], String> translate;
    private final int threshold;

    FigureText(int threshold, BiFunction<String, Object[], String> translate) {
        this.translate = translate;
        this.threshold = threshold;
    }

    String of(Figure figure) {
        return switch (figure.kind()) {
            case EXACT -> String.valueOf(figure.value());
            case SMALL -> translate.apply("dashboard.figure.small", new Object[] {threshold});
            case HIDDEN -> translate.apply("dashboard.figure.hidden", new Object[0]);
        };
    }

    /** The note a page shows only when something on it is suppressed. */
    String note() {
        return translate.apply("dashboard.suppression.note", new Object[] {threshold - 1, threshold});
    }
}
